// Writes vscode.html-custom-data.json from custom-elements.json, so that VS Code (and other
// editors reading the same format) complete our tags and attributes in HTML files:
// "html.customData": ["./node_modules/@creative-nodes/widgets/vscode.html-custom-data.json"].
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => {
      // Union types of string literals become value suggestions: 'light' | 'dark' | 'auto'.
      const literals = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map((match) => ({ name: match[1] }));
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(literals.length ? { values: literals } : {}),
      };
    }),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

writeFileSync('vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`wrote vscode.html-custom-data.json (${tags.length} tags)`);
