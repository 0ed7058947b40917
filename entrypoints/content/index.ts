export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  cssInjectionMode: 'manual',
  main(_ctx) {},
});
