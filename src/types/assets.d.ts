/**
 * Handlebars templates, precompiled when they are bundled (build.config.mjs; the same in the
 * tests' Vite plugin): a template specification for Handlebars' runtime.
 */
declare module '*.hbs' {
  const spec: TemplateSpecification;
  export default spec;
}
