import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { didYouMean } from './did-you-mean.js';
import { ENV_VARIABLES, FOREIGN_TESSERA_VARIABLES, type EnvName } from './env-variables.js';

// ajv-formats ships CommonJS with a default export; under NodeNext it arrives one level down.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type ValueOf<S> = S extends { type: 'integer' }
  ? number
  : S extends { enum: readonly (infer E)[] }
    ? E
    : string;

/** The variables that were set, typed after their schemas. */
export type EnvValues = { [K in EnvName]?: ValueOf<(typeof ENV_VARIABLES)[K]['schema']> };

const NAMES = Object.keys(ENV_VARIABLES) as EnvName[];

/** The environment as one JSON Schema, so that ajv checks every variable in one pass. */
export const ENV_SCHEMA = {
  type: 'object',
  properties: Object.fromEntries(NAMES.map((name) => [name, ENV_VARIABLES[name].schema])),
} as const;

const validate = addFormats(new Ajv2020({ allErrors: true, coerceTypes: true, strict: true })).compile(
  ENV_SCHEMA,
);

/**
 * Checks the environment: one sentence per bad value (naming the variable, its value and the fix)
 * and per unknown `TESSERA_*` name (with the likely intended one). Empty values count as unset, as
 * a shell's `PORT=` means "no port given".
 */
export function checkEnv(env: NodeJS.ProcessEnv): { errors: string[]; values: EnvValues } {
  const errors: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!name.toUpperCase().startsWith('TESSERA_') || name in ENV_VARIABLES) continue;
    if (FOREIGN_TESSERA_VARIABLES.includes(name)) continue;
    const guess = didYouMean(name, NAMES);
    errors.push(
      `${name} is not a Tessera setting${guess ? `; did you mean ${guess}?` : '.'} Remove it${guess ? ' or rename it' : ''}; the settings are listed in the README.`,
    );
  }
  const values: Record<string, unknown> = {};
  for (const name of NAMES) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') values[name] = raw;
  }
  if (!validate(values)) {
    const bad = new Set((validate.errors ?? []).map((error) => error.instancePath.slice(1) as EnvName));
    for (const name of NAMES.filter((n) => bad.has(n))) {
      const variable = ENV_VARIABLES[name];
      errors.push(`${name} ${variable.must}, but it is "${env[name]}". ${variable.fix}`);
    }
  }
  return { errors, values: values as EnvValues };
}
