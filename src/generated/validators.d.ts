// Types for the generated ajv standalone validators (src/generated/validators.js).
import type { ErrorObject } from "ajv";

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export const validateRequest: GeneratedValidator;
export const validatePolicyFile: GeneratedValidator;
export const validateRevoke: GeneratedValidator;
export const requestJsonSchema: Record<string, unknown>;
export const policyJsonSchema: Record<string, unknown>;
export const revokeJsonSchema: Record<string, unknown>;
