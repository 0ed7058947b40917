/** The mark's sizes: toolbar (16, 32 on high density), extensions page (48, 96), stores (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The manifest's `icons` / `default_icon` map: size → file in public/icon/ (npm run icons). */
export const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
