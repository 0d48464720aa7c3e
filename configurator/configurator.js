// The embed builder: a form for one element's attributes (from data.js, generated from custom-elements.json),
// live previews in English and Spanish, the element's own warnings beside the fields (its `prp-warning`
// events: the same parsers and words as its console warnings), and the code for each platform. The
// configuration lives in the page's address only.
import { DATA } from './data.js';

const CDN = `https://cdn.jsdelivr.net/npm/prp-widgets@${DATA.version}/dist/cdn/`;
/** How long the clipboard may take to answer before the code is selected for the reader to copy. */
const CLIPBOARD_WAIT_MS = 1000;
/** How long typing pauses before the previews show it. */
const TYPING_PAUSE_MS = 500;
const LANGUAGES = [
  ['en', 'English'],
  ['es', 'Spanish'],
];

const $ = (id) => document.getElementById(id);
const elementSelect = $('element');
const form = $('settings');
const previews = $('previews');
const flavourSelect = $('flavour');
const snippetCode = $('snippet');

/** The chosen element and the values set, read from and written to the page's address. */
const state = { tag: DATA.elements[0].tag, values: new Map(), override: '' };

function readAddress() {
  const params = new URLSearchParams(location.search);
  const element = DATA.elements.find((candidate) => candidate.tag === params.get('element'));
  state.tag = (element ?? DATA.elements[0]).tag;
  state.values = new Map();
  for (const field of current().fields)
    if (params.has(field.name)) state.values.set(field.name, params.get(field.name));
  state.override = params.get('override') ?? '';
  $('override').value = state.override;
  const flavour = params.get('code');
  if (FLAVOURS.some(([id]) => id === flavour)) flavourSelect.value = flavour;
}

function writeAddress() {
  const params = new URLSearchParams({ element: state.tag });
  for (const [name, value] of state.values) params.set(name, value);
  if (state.override) params.set('override', state.override);
  if (flavourSelect.value !== FLAVOURS[0][0]) params.set('code', flavourSelect.value);
  // Only when it changes: opening a shared address leaves it exactly as it was.
  if (location.search !== `?${params}`) history.replaceState(null, '', `?${params}`);
}

const current = () => DATA.elements.find((element) => element.tag === state.tag);

/** A description's `code` spans as <code>, the rest as text. */
function describe(target, text) {
  text.split('`').forEach((part, index) => {
    if (!part) return;
    if (index % 2) target.append(Object.assign(document.createElement('code'), { textContent: part }));
    else target.append(part);
  });
}

function control(field) {
  const id = `field-${field.name}`;
  let input;
  if (field.kind === 'boolean') {
    input = Object.assign(document.createElement('input'), { type: 'checkbox', checked: state.values.has(field.name) });
  } else if (field.values) {
    input = document.createElement('select');
    const unset = field.default
      ? `Default (${field.default})`
      : field.kind === 'language'
        ? 'The page’s language'
        : 'Not set';
    input.append(new Option(unset, ''), ...field.values.map((value) => new Option(value, value)));
    input.value = state.values.get(field.name) ?? '';
  } else {
    const type = { number: 'number', date: 'date', tel: 'tel' }[field.kind] ?? 'text';
    input = Object.assign(document.createElement('input'), { type, value: state.values.get(field.name) ?? '' });
    if (field.min !== undefined) Object.assign(input, { min: field.min, max: field.max, step: 1 });
    if (field.default !== undefined) input.placeholder = `Default: ${field.default}`;
    if (type === 'tel') input.autocomplete = 'tel';
  }
  input.id = id;
  input.name = field.name;
  input.setAttribute('aria-describedby', `${id}-problem ${id}-hint`);
  return input;
}

function buildForm() {
  form.replaceChildren();
  for (const field of current().fields) {
    const row = Object.assign(document.createElement('div'), { className: `field field-${field.kind}` });
    const label = Object.assign(document.createElement('label'), { htmlFor: `field-${field.name}` });
    label.append(Object.assign(document.createElement('code'), { textContent: field.name }));
    const hint = Object.assign(document.createElement('p'), { id: `field-${field.name}-hint`, className: 'hint' });
    describe(hint, field.description);
    const problem = Object.assign(document.createElement('p'), {
      id: `field-${field.name}-problem`,
      className: 'problem',
      hidden: true,
    });
    const input = control(field);
    if (field.kind === 'boolean') {
      row.append(input, label);
    } else {
      row.append(label, input);
    }
    row.append(problem, hint);
    form.append(row);
  }
}

function readForm() {
  state.override = $('override').value.trim();
  state.values = new Map();
  for (const field of current().fields) {
    const input = form.elements.namedItem(field.name);
    if (field.kind === 'boolean') {
      if (input.checked) state.values.set(field.name, '');
    } else if (input.value !== '') {
      state.values.set(field.name, input.value);
    }
  }
}

/** The element as configured, with `lang` and `theme` for a preview when given. */
function configured(preview) {
  const element = document.createElement(state.tag);
  for (const [name, value] of state.values) element.setAttribute(name, value);
  if (preview) for (const [name, value] of Object.entries(preview)) element.setAttribute(name, value);
  if (state.override) {
    // The element reads it as it reads a pasted page's: a JSON child, checked by the element itself.
    const json = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: state.override,
    });
    element.append(json);
  }
  return element;
}

function showProblems(problems) {
  for (const field of current().fields) {
    const node = $(`field-${field.name}-problem`);
    const messages = problems.filter((problem) => problem.attribute === field.name).map((problem) => problem.message);
    node.textContent = messages.join(' ');
    node.hidden = messages.length === 0;
    $(`field-${field.name}`).setAttribute('aria-invalid', String(messages.length > 0));
  }
  // What is about no attribute (the wording, a source list) shows under the wording.
  const general = problems.filter((problem) => !current().fields.some((field) => field.name === problem.attribute));
  $('override-problem').textContent = general.map((problem) => problem.message).join(' ');
  $('override-problem').hidden = general.length === 0;
  $('override').setAttribute('aria-invalid', String(general.length > 0));
  const count = problems.length;
  $('problem-count').textContent = count
    ? `${count === 1 ? 'One setting' : `${count} settings`} cannot be used as given; the preview shows what the guide uses instead.`
    : '';
}

function buildPreviews() {
  const theme = document.querySelector('input[name="preview-theme"]:checked').value;
  previews.dataset.width = document.querySelector('input[name="preview-width"]:checked').value;
  const problems = [];
  const frames = LANGUAGES.map(([lang, name]) => {
    const figure = Object.assign(document.createElement('figure'), { className: `preview preview-${theme}` });
    const caption = Object.assign(document.createElement('figcaption'), { textContent: `${name}, ${theme}` });
    const element = configured({ lang, theme });
    // The element's own warnings (the same in both languages): heard from the English one.
    if (lang === 'en')
      element.addEventListener('prp-warning', (event) => {
        problems.push(event.detail);
        showProblems(problems);
      });
    figure.append(caption, element);
    return figure;
  });
  showProblems(problems);
  previews.replaceChildren(...frames);
}

// Snippets ------------------------------------------------------------------------------------------------

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributeList() {
  return [...state.values].map(([name, value]) =>
    value === '' && isBoolean(name) ? name : `${name}="${escapeAttribute(value)}"`,
  );
}

const isBoolean = (name) => current().fields.some((field) => field.name === name && field.kind === 'boolean');

/** The element's tag with its attributes, one a line when there are several, and fallback content inside. */
function elementMarkup() {
  const attributes = attributeList();
  const open =
    attributes.length > 1
      ? `<${state.tag}\n  ${attributes.join('\n  ')}\n>`
      : `<${[state.tag, ...attributes].join(' ')}>`;
  const data = state.override
    ? `  <script type="application/json">\n${state.override
        .replace(/<\//g, '<\\/')
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n')}\n  </script>\n`
    : '';
  const phone = state.values.get('clinic-phone');
  const fallback = `  <p>This guide needs JavaScript to show. ${phone ? `Questions? Call us at ${escapeAttribute(phone)}.` : 'Ask us if you have questions.'}</p>`;
  return `${open}\n${data}${fallback}\n</${state.tag}>`;
}

/** The wording as a value for an app's `content` property; undefined when there is none or it is not JSON. */
function overrideValue() {
  if (!state.override) return undefined;
  try {
    return JSON.parse(state.override);
  } catch {
    return undefined;
  }
}

const NOT_JSON = 'Your wording is not valid JSON yet: fix it in the builder, then copy the code again.';

/** The tag for a one-line snippet (Vue, React, the prerender command), with `extra` attributes. */
const inlineTag = (extra = []) => [state.tag, ...attributeList(), ...extra].join(' ');

const stylesheet = () => `<link rel="stylesheet" href="${CDN}prp-widgets.css">`;
const moduleScript = () => `<script type="module" src="${CDN}prp-widgets.js"></script>`;
const classicScript = () =>
  `<script src="${CDN}prp-widgets.iife.js" integrity="${DATA.classicIntegrity}" crossorigin="anonymous"></script>`;
const madeBy = () => `prp-widgets ${DATA.version}, made with the embed builder: ${location.href}`;
const htmlComment = () => `<!-- ${madeBy().replace(/--/g, '- -')} -->`;

/** [id, label, help, code] for each platform. */
const FLAVOURS = [
  [
    'module',
    'Any web page (module script)',
    'Paste where the guide should appear. The fastest choice for most sites.',
    () => [htmlComment(), stylesheet(), moduleScript(), '', elementMarkup()].join('\n'),
  ],
  [
    'classic',
    'Any web page (classic script, with integrity check)',
    'For tools that cannot add type="module". The browser refuses the file if it was changed on its way (Subresource Integrity).',
    () => [htmlComment(), stylesheet(), classicScript(), '', elementMarkup()].join('\n'),
  ],
  [
    'wordpress',
    'WordPress (block editor)',
    'Add a "Custom HTML" block where the guide should appear and paste this into it.',
    () => [htmlComment(), stylesheet(), moduleScript(), '', elementMarkup()].join('\n'),
  ],
  [
    'gtm',
    'Google Tag Manager (Custom HTML tag)',
    'Tag Manager loads the script; it cannot place the guide. Put the first part in a Custom HTML tag that fires on the page, and the second part in your page’s HTML where the guide goes.',
    () =>
      [
        htmlComment(),
        '<!-- 1. In a Tag Manager Custom HTML tag: -->',
        stylesheet(),
        classicScript(),
        '',
        '<!-- 2. In your page, where the guide goes: -->',
        elementMarkup(),
      ].join('\n'),
  ],
  [
    'react',
    'React 19 app (npm)',
    `Install the package (npm install prp-widgets@${DATA.version}), then use the element in a component. Your wording, if any, is its content property.`,
    () => {
      const value = overrideValue();
      const attributes = attributeList().map((attribute) => (attribute.includes('=') ? attribute : `${attribute}=""`));
      return [
        `// ${madeBy()}`,
        "import 'prp-widgets';",
        ...(state.override && value === undefined ? [`// ${NOT_JSON}`] : []),
        ...(value === undefined ? [] : ['', `const wording = ${JSON.stringify(value, null, 2)};`]),
        '',
        'export function PatientGuide() {',
        `  return <${[state.tag, ...attributes, ...(value === undefined ? [] : ['content={wording}'])].join(' ')} />;`,
        '}',
      ].join('\n');
    },
  ],
  [
    'vue',
    'Vue 3 app (npm)',
    `Install the package (npm install prp-widgets@${DATA.version}), import it once, and tell Vue that prp- tags are custom elements (compilerOptions.isCustomElement: (tag) => tag.startsWith('prp-')). Your wording, if any, is its content property.`,
    () => {
      const value = overrideValue();
      return [
        '<script setup>',
        `// ${madeBy()}`,
        "import 'prp-widgets';",
        ...(state.override && value === undefined ? [`// ${NOT_JSON}`] : []),
        ...(value === undefined ? [] : [`const wording = ${JSON.stringify(value, null, 2)};`]),
        '</script>',
        '',
        '<template>',
        `  <${inlineTag(value === undefined ? [] : [':content.prop="wording"'])}></${state.tag}>`,
        '</template>',
      ].join('\n');
    },
  ],
  [
    'prerendered',
    'Prerendered HTML (a command to run)',
    "Where you write the page’s HTML yourself: this command prints the guide already drawn, to paste with the script tag after it. Patients see it before any script runs. A site with a Content Security Policy must allow inline styles (style-src 'unsafe-inline') for it: the drawn guide carries its styles in the HTML.",
    () => {
      const value = overrideValue();
      const data =
        value === undefined
          ? ''
          : `<script type="application/json">${JSON.stringify(value).replace(/<\//g, '<\\/')}</script>`;
      const markup = `<${inlineTag()}>${data}</${state.tag}>`;
      return [
        `# ${madeBy()}`,
        ...(state.override && value === undefined ? [`# ${NOT_JSON}`] : []),
        `npx prp-widgets@${DATA.version} render '${markup.replace(/'/g, "'\\''")}' > guide.html`,
        `# then, after the HTML from guide.html: ${moduleScript()}`,
      ].join('\n');
    },
  ],
];

function showSnippet() {
  const [, , help, code] = FLAVOURS.find(([id]) => id === flavourSelect.value);
  $('flavour-help').textContent = help;
  snippetCode.textContent = code();
  $('copy-status').textContent = '';
}

async function copySnippet() {
  try {
    // A browser may leave the request unanswered (no focus, a permission prompt): then select the code.
    const unanswered = new Promise((_, fail) => setTimeout(() => fail(new Error('no answer')), CLIPBOARD_WAIT_MS));
    await Promise.race([navigator.clipboard.writeText(snippetCode.textContent), unanswered]);
    $('copy-status').textContent = 'Copied. Paste it into your page.';
  } catch {
    getSelection().selectAllChildren(snippetCode);
    $('copy-status').textContent = 'The code is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
  }
}

// Wiring ----------------------------------------------------------------------------------------------------

function update() {
  readForm();
  writeAddress();
  buildPreviews();
  showSnippet();
}

function start() {
  elementSelect.append(...DATA.elements.map((element) => new Option(`<${element.tag}>`, element.tag)));
  flavourSelect.append(...FLAVOURS.map(([id, label]) => new Option(label, id)));
  readAddress();
  elementSelect.value = state.tag;
  $('element-summary').textContent = current().summary;
  buildForm();
  update();
  elementSelect.addEventListener('change', () => {
    state.tag = elementSelect.value;
    state.values = new Map();
    $('element-summary').textContent = current().summary;
    buildForm();
    update();
  });
  // Typing updates the previews and the code after a pause; leaving a field (or choosing) at once.
  let typing;
  const updateNow = () => {
    clearTimeout(typing);
    update();
  };
  const updateAfterPause = () => {
    clearTimeout(typing);
    typing = setTimeout(update, TYPING_PAUSE_MS);
  };
  for (const target of [form, $('override')]) {
    target.addEventListener('input', updateAfterPause);
    target.addEventListener('change', updateNow);
  }
  $('print').addEventListener('click', () => print());
  form.addEventListener('submit', (event) => event.preventDefault());
  document.querySelector('.preview-options').addEventListener('change', buildPreviews);
  flavourSelect.addEventListener('change', () => {
    writeAddress();
    showSnippet();
  });
  $('copy').addEventListener('click', () => void copySnippet());
}

start();
