// The viewer's own profile is never tagged and has no degree. LinkedIn shows edit controls there
// that it shows nowhere else.

const OWN_SIGNALS = [
  'a[href*="/edit/intro/"]', // pvs-2022, hashed-2025: the pencil beside the name
  'a[href*="/edit/forms/intro/"]', // pvs-2022
  'a[href*="screenContext=SELF_PROFILE_VIEW"]', // sdui-2026 (others' pages say NON_SELF_PROFILE_VIEW)
  'button[aria-label="Add profile section"]', // pvs-2022 … hashed-2025
].join(', ');

export function isOwnProfile(root: ParentNode): boolean {
  return root.querySelector(OWN_SIGNALS) !== null;
}
