/** Validate Articles against docs/article.schema.json (shared by the contract and fuzz tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from "ajv";
const Ajv = AjvModule.default ?? AjvModule;
import { ROOT } from './fixtures.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'article.schema.json'), 'utf8'));
const ajv = new (Ajv as any)({ allErrors: true, strict: false });
export const validateArticle = ajv.compile(schema);

/** Throws with ajv's messages when the article does not match the schema. */
export function assertValidArticle(article: unknown): void {
  if (!validateArticle(article)) {
    throw new Error(`Article does not match the schema: ${ajv.errorsText(validateArticle.errors)}`);
  }
}
