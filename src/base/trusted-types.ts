/**
 * Trusted Types for the one place we write script text: a calendar's schema.org JSON-LD.
 * On a page that enforces Trusted Types (`require-trusted-types-for 'script'`) a script
 * element's text must come from a policy; partners who use `structured-data` there list
 * ours in their CSP: `trusted-types … creative-nodes-json`.
 */
export const JSON_SCRIPT_POLICY = 'creative-nodes-json';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

/** Shared with other copies of this library on the page: a name can be created only once. */
const SHARED_POLICY = Symbol.for('creative-nodes.json-script-policy');
type GlobalWithPolicy = typeof globalThis & { [SHARED_POLICY]?: ScriptPolicy };

let policy: ScriptPolicy | null | undefined;

/**
 * Puts JSON (already escaped so that it cannot close its element) into a
 * `<script type="application/ld+json">`. Returns false when the page's CSP does not allow
 * our policy, and the caller leaves the script out.
 */
export function setJsonScriptText(script: HTMLScriptElement, json: string): boolean {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) {
    script.textContent = json;
    return true;
  }
  if (policy === undefined) {
    try {
      // The rule passes text through: it is JSON data in a non-executable script type.
      policy = (globalThis as GlobalWithPolicy)[SHARED_POLICY] ??= factory.createPolicy(JSON_SCRIPT_POLICY, { createScript: (text) => text });
    } catch {
      policy = null;
      console.warn(`Creative Nodes widgets: structured data left out: this page's CSP does not allow the Trusted Types policy "${JSON_SCRIPT_POLICY}" (add it to trusted-types).`);
    }
  }
  if (!policy) return false;
  (script as { textContent: unknown }).textContent = policy.createScript(json);
  return true;
}
