/**
 * The layers of src/ and what each may import: the one definition that `npm run lint` enforces
 * and docs/architecture.md shows (tests/unit/architecture.test.ts keeps the two the same).
 *
 * A folder directly under src/ is a layer; src/main.tsx belongs to app. Every layer may import
 * its own files and the layers it lists under `uses`, nothing else of ours. Packages a layer must
 * not touch are under `avoids`, by family: "react" also means react-dom, react-router and
 * react/jsx-runtime; "dexie" also dexie-react-hooks. Features never import one another.
 */
const SHARED = ['domain', 'lib', 'i18n', 'config'];
const REACT = ['react'];
const STATE = ['zustand'];
const STORAGE = ['dexie'];

/** @type {Record<string, { what: string; uses: string[]; avoids: string[] }>} */
export const LAYERS = {
  styles: {
    what: 'CSS only: the design tokens and the base stylesheet, loaded first by the app',
    uses: [],
    avoids: [],
  },
  domain: {
    what: 'pure TypeScript: types, rules, statistics, validation, sample data',
    uses: [],
    avoids: [...REACT, ...STATE, ...STORAGE, 'jspdf'],
  },
  lib: {
    what: 'thin pure helpers: ids, dates, numbers, file download, storage facts',
    uses: ['domain', 'i18n', 'config'],
    avoids: [...REACT, ...STATE, ...STORAGE],
  },
  i18n: {
    what: '`t()`, the Finnish and English messages, their loading',
    uses: ['domain'],
    avoids: [...REACT, ...STATE, ...STORAGE],
  },
  config: {
    what: 'route patterns and URL builders (`paths.ts`), constants',
    uses: ['domain'],
    avoids: [...REACT, ...STATE, ...STORAGE],
  },
  db: {
    what: 'Dexie database, schema versions, repositories, the save queue and its journal',
    uses: SHARED,
    avoids: REACT,
  },
  pdf: {
    what: 'the action plan built with jsPDF from the workshop and `t`; no DOM, no storage',
    uses: SHARED,
    avoids: [...REACT, ...STATE, ...STORAGE],
  },
  stores: {
    what: 'zustand: UI and session state only (language, notices, report choices, backups)',
    uses: SHARED,
    avoids: STORAGE,
  },
  hooks: {
    what: 'React hooks shared by several features: live reads, writes with error notices',
    uses: ['db', 'pdf', 'stores', 'live-room-client', ...SHARED],
    avoids: [],
  },
  components: {
    what: 'presentational UI primitives: data and writes come through props or hooks',
    uses: ['hooks', 'stores', ...SHARED],
    avoids: STORAGE,
  },
  features: {
    what: 'one folder per feature: its screens, its own hooks and its route table',
    uses: ['components', 'hooks', 'db', 'pdf', 'stores', 'live-room-client', ...SHARED],
    avoids: [],
  },
  'live-room-client': {
    what: "the live room's Yjs connections to the relay: the facilitator's room and a phone's",
    uses: ['domain'],
    avoids: [...REACT, ...STATE, ...STORAGE, 'jspdf'],
  },
  participant: {
    what: "the phones' page in a live room: its own small entry point in plain DOM",
    uses: ['live-room-client', 'domain', 'i18n'],
    avoids: [...REACT, ...STATE, ...STORAGE, 'jspdf'],
  },
  app: {
    what: 'entry, router, app shell, workshop frame, app-wide chrome (update prompt, save status)',
    uses: ['features', 'components', 'hooks', 'db', 'pdf', 'stores', 'styles', ...SHARED],
    avoids: [],
  },
};

/** The layer of a path inside src/ ("features/room/x.tsx" → features, room), or null. */
export function layerOf(pathInSrc) {
  const parts = pathInSrc.split('/');
  if (parts.length === 1) return parts[0] === 'main.tsx' ? { layer: 'app' } : null;
  const [layer, feature] = parts;
  if (!(layer in LAYERS)) return null;
  return layer === 'features' && parts.length > 2 ? { layer, feature } : { layer };
}

function isAvoided(source, avoids) {
  return avoids.some(
    (name) => source === name || source.startsWith(`${name}-`) || source.startsWith(`${name}/`),
  );
}

const docs = 'see docs/architecture.md';

/** The problem with importing `source` from `file` (absolute paths), or null when it is fine. */
export function importProblem(file, source, srcDir) {
  const normalised = file.replaceAll('\\', '/');
  const root = `${srcDir.replaceAll('\\', '/').replace(/\/$/, '')}/`;
  if (!normalised.startsWith(root)) return null;
  const from = layerOf(normalised.slice(root.length));
  if (!from) return null;
  const rules = LAYERS[from.layer];
  if (!source.startsWith('.')) {
    if (isAvoided(source.replace(/\?.*$/, ''), rules.avoids))
      return `${from.layer}/ may not use the package "${source}" (${docs})`;
    return null;
  }
  const directory = normalised.slice(0, normalised.lastIndexOf('/'));
  const target = resolvePath(directory, source);
  if (!target.startsWith(root)) return null;
  const to = layerOf(target.slice(root.length));
  if (!to) return null;
  if (to.layer === from.layer) {
    if (from.layer === 'features' && from.feature && to.feature && to.feature !== from.feature)
      return `features/${from.feature} may not import features/${to.feature}: features never import one another; share through components, hooks or domain (${docs})`;
    return null;
  }
  if (rules.uses.includes(to.layer)) return null;
  const allowed = rules.uses.length > 0 ? rules.uses.join(', ') : 'nothing outside itself';
  return `${from.layer}/ may not import ${to.layer}/ (${from.layer}/ uses ${allowed}; ${docs})`;
}

function resolvePath(directory, relative) {
  const parts = directory.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * ESLint rule `layers/imports`: option `{ srcDir }`, the absolute path of src/.
 * @type {import('eslint').Rule.RuleModule}
 */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of src/ (docs/architecture.md)' },
    schema: [
      {
        type: 'object',
        properties: { srcDir: { type: 'string' } },
        required: ['srcDir'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { srcDir } = context.options[0];
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const problem = importProblem(context.filename, source.value, srcDir);
      if (problem) context.report({ node: source, message: problem });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      // Lazy screens and chunks are imports too.
      ImportExpression: check,
    };
  },
};

/** @type {import('eslint').ESLint.Plugin} */
export const layersPlugin = { rules: { imports: importsRule } };

/**
 * The flat-config block that applies the rule to src/ (eslint.config.js and its test use it).
 * @param {string} srcDir
 * @returns {import('eslint').Linter.Config}
 */
export function layersConfig(srcDir) {
  return {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': ['error', { srcDir }] },
  };
}
