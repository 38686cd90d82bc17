// Types for the generated standalone validator (see build.config.mjs).
import type { ErrorObject } from 'ajv';

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: GeneratedValidator;
export default validate;
