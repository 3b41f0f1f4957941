// Modules apigw imports that ship no type declarations.

/** swagger-parser's Swagger 2.0 semantic checks: throws a "Validation failed. ..." SyntaxError. */
declare module '@apidevtools/swagger-parser/lib/validators/spec.js' {
  export default function validateSpec(api: unknown): void;
}
