export default defineBackground(() => {
  // Wired in lib/background/*; see startBackground.
});
