/** Handlebars templates are bundled as text (esbuild's text loader; a Vite plugin in tests). */
declare module '*.hbs' {
  const text: string;
  export default text;
}
