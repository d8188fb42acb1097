import localFont from "next/font/local";

/**
 * The product's typeface: Inter's variable font from its npm package, so the build fetches nothing
 * and the page preloads one file. Sizes come from the type scale in app/globals.css.
 */
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
});
