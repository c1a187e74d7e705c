// Parses the AsyncAPI document with the AsyncAPI parser (the tool integrators use), resolving every message's JSON
// Schema, and fails on any error: a document that only looks right to a text search does not pass.
import { Parser, fromFile } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const severities = ['error', 'warning', 'info', 'hint'];
const errors = diagnostics.filter(d => d.severity === 0);
for (const d of diagnostics) {
  console.log(`${severities[d.severity]} ${d.code} ${d.path.join('.')}: ${d.message}`);
}
if (!document || errors.length > 0) {
  console.error(`${file}: ${errors.length} errors; not a valid AsyncAPI document`);
  process.exit(1);
}
const channels = document.channels().length;
const messages = document.components().messages().length;
console.log(`${file}: valid AsyncAPI ${document.version()} (${channels} channels, ${messages} messages)`);
