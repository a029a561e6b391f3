import type { MessageTable } from "./message-table.js";

/** English messages, with --lang en or an English LANG. */
export const en: MessageTable = {
  unfilled: "“{label}” is not filled in yet",
  "missing-key": "“{label}” is not filled in yet (the data file has no {key})",
  "not-text": "“{label}” should be text, found {shape}",
  "not-one-line":
    "“{label}” must be one line of text, without line breaks, tabs or other control characters; found “{found}”",
  "county-suffix": "“{label}” takes the county's name without 县 (the template already writes 县), found “{found}”",
  "not-number": "“{label}” should be {expected}, found “{found}”",
  // figures typed with thousands separators (issue 10)
  "bad-grouping":
    "“{label}” has a comma in the wrong place: “{found}”. A thousands comma is followed by exactly three digits (3,250); write a decimal with a point (3.25)",
  // a name typed with the suffix the template already prints (issue 10)
  "doubled-suffix":
    "“{label}” is “{found}”, ending in “{suffix}”, and the template already prints “{suffix}” right after it: the text would read “{found}{suffix}”; " +
    "type “{bare}”",
  "not-integer": "“{label}” should be {expected}, found a decimal “{found}”",
  "not-positive": "“{label}” should be {expected}, found “{found}” (ranks and sessions start at 1)",
  negative: "“{label}” should be {expected}, found a negative “{found}”",
  "out-of-range": "“{label}” should be within {range}, found “{found}”",
  "bad-date": "“{label}” should be a date such as 3月15日 or 2020-03-15, found “{found}”",
  "impossible-date": "“{label}” is a date that does not exist: “{found}”",
  "date-missing-part": "“{label}” needs {expected}, found only “{found}”",
  // what a date blank needs, by the parts its shape prints (issue 10 trial: 201X/X/XX)
  "date-needs-ymd": "a whole date with year, month and day, e.g. {example}",
  "date-needs-ym": "a year and a month, e.g. 2023-03",
  "date-needs-y": "a year, e.g. 2023",
  "date-needs-md": "a month and a day, e.g. 3月15日",
  "date-needs-m": "a month, e.g. 3 (for March)",
  "date-needs-d": "a day, e.g. 15日",
  "ordinal-range": "“{label}” should be within 1–9999, found “{found}”",
  "unknown-key": "{key} in the data file is not a field of the template{suggestion}",
  "unknown-key-suggestion": "; did you mean {suggestion} ({suggestionLabel})?",
  "yaml-syntax": "this is not valid YAML here: each line should be “field: value”, with a space after the colon",
  "duplicate-key": "{key} appears more than once in the data file; keep one",
  "not-mapping": "the data file should be a mapping of “field: value”, found {shape}",
  "section-not-mapping": "{key} should hold “field: value” pairs, found {shape}",
  "multi-document": "the data file holds several documents (separated by “---”); xfill reads one",
  "empty-file": "the data file is empty: no field is filled in yet",
  "file-not-found": "file not found",
  "is-directory": "this is a folder; a file is needed here",
  "read-error": "could not read the file (system error {errno})",
  "bad-encoding": "not a recognised text file (not UTF-8, UTF-16 or GBK/GB18030)",
  "binary-file": "looks like a binary file, not text",
  "output-exists": "the file already exists. xfill does not overwrite files; add --force to replace it",
  "write-error": "could not write the file (system error {errno})",
  "not-a-template":
    "no template “{name}”: not a built-in template ({builtins}) nor a folder with template.hbs and fields.yaml",
  "fields-invalid": "the definition of {key} in fields.yaml is wrong",
  "template-syntax": "template syntax error: this use of {{ }} cannot be read",
  "template-unknown-slot": "the template uses {key}, which fields.yaml does not define{suggestion}",
  "template-unused-field": "fields.yaml defines {key} ({label}), which the template never uses",
  // fields.yaml: one definition's properties (zod issues mapped to our own words)
  "fields-missing-property": "{key} in fields.yaml has no {name}",
  "fields-unknown-property": "{key} in fields.yaml has a setting “{name}” xfill does not know; it knows: {expected}",
  "fields-wrong-type": "{name} of {key} in fields.yaml should be {expected}",
  "fields-top-unknown":
    "fields.yaml has an entry “{name}” xfill does not know; it knows: title, description, sections, fields",
  "fields-top-wrong-type": "{name} in fields.yaml should be {expected}",
  "label-document-date": "speech date",
  "label-document-speaker": "speaker",
  "document-impossible-date": "the speech date (document.date) does not exist: “{found}”",
  "type-text": "text",
  "type-number": "a number",
  "type-map": "a mapping of “name: text”",
  "type-text-or-number": "text or a number",
  "type-list": "a list of texts (one per line, each after “- ”)",
  "template-bad-kind": "{key} in fields.yaml has kind “{found}”, which does not exist; use one of: {expected}",
  "leftover-placeholder": "a placeholder “{found}” is still here: {context}",
  "leftover-spaces": "a blank of {count} spaces is still here: {context}",
  // hostile inputs: files that are not regular, outside a template folder, zip limits
  "not-regular-file": "not a regular file (a device, pipe or socket); xfill does not read it",
  "outside-folder": "points outside the template folder {folder}; a template may only read files inside its own folder",
  "template-hard-link":
    "has {others} other name(s) (hard links): the files of a template folder must stand alone, or they could be any file from outside it. " +
    "Put a copy (not a link) into the folder",
  "read-permission": "cannot read the file: permission denied",
  "zip-corrupt": "not a valid Word document (.docx): the package is damaged or incomplete",
  zip64:
    "is a ZIP64 package (the format for files over 4 GB); " +
    "Word never saves documents this way and xfill does not read it. " +
    "Open it in Word or WPS and save it again as .docx",
  "zip-encrypted": "protected by a password; remove the password in Word, save, and try again",
  "zip-unsupported": "{part} in it uses a compression method xfill does not support; save it again as .docx in Word",
  "zip-part-too-large":
    "{part} in it expands to more than {max} (the limit for one part); xfill stopped reading. " +
    "Real Word files are far smaller: this one may be a deliberately crafted zip bomb",
  "zip-total-too-large":
    "it expands to more than {max} in total (the limit for one document); xfill stopped reading. " +
    "Real Word files are far smaller: this one may be a deliberately crafted zip bomb",
  "file-too-large": "the file is too large: more than the limit of {max}; xfill does not read it",
  "forbidden-key": "{key} is a reserved word and cannot be a field name",
  // hostile inputs: output targets
  "output-not-regular":
    "not a regular file (a device, pipe or socket); xfill does not write to or replace it, even with --force",
  "output-name-too-long": "cannot write here: the file name is longer than the system allows",
  "output-folder-name": "ends in “/”, which names a folder; add a file name, e.g. speech.docx",
  "output-folder-missing": "cannot write here: the folder {folder} does not exist",
  "output-permission": "cannot write here: permission denied (read-only folder?)",
  "disk-full": "cannot write here: the disk is full; any existing file is untouched",
  // editing a data file in place (sync, init --from, extract, serve): why an edit was refused
  "edit-yaml-error": "the data file has format errors; xfill does not rewrite it until they are fixed",
  "edit-not-mapping": "{key} does not hold “key: value” lines, so nothing can be written under it",
  "edit-not-scalar":
    "the value of {key} is not a single value (a group, or text over several lines); it cannot be rewritten",
  "edit-flow-mapping": "{key} is written on one line as {…}; no entry can be added to it",
  "edit-missing": "the data file has no entry {key}",
  "edit-exists": "the data file already has an entry {key}",
  "sheet-many-rows":
    "{path} holds {rows} counties; use xfill batch for all of them, or name one row as {example} (row number after #)",
  "sheet-no-row": "{path} has no data in row {row}",
  "bad-xlsx": "not a readable Excel workbook (.xlsx)",
  "sheet-needs-output": "--sheet needs the sheet to write, e.g. -o template.xlsx (or .csv)",
  "bad-format": "unknown format “{format}”; use txt, md, html or docx",
  // Word original filled in place
  "bad-layout": "unknown layout “{layout}”; use original (the template's own Word file, filled in place) or gbt9704",
  "data-required": "a data file is needed: xfill render {template} DATA.yaml (or --blank for the blank template)",
  "docx-needs-output": "a Word document cannot go to the screen; name a file with -o, e.g. -o speech.docx",
  "yaml-tab": "this line is indented with a Tab; data files are indented with spaces only (two per level)",
  "yaml-indent": "the indentation does not line up: items of one group start in the same column (two spaces per level)",
  "yaml-unclosed-quote": "a quote opened here is never closed",
  "yaml-unclosed-bracket": "a bracket or brace is never closed",
  "yaml-key-line": "this line is not “field: value” (a space must follow the colon)",
  "yaml-escape": "a backslash inside double quotes is not valid here; use single quotes for a literal backslash",
  "bad-alias": "the alias (*name) at “{label}” has no matching anchor (&name); the anchor must come before the alias",
  "alias-limit": "aliases expand to too much (over {max} entries); a data file should not be written this way",
  "too-many-entries":
    "the data file has more than {max} entries, the limit; a county's data file has a few hundred: is this the right file?",
  "fullwidth-colon": "{key} is followed by a full-width colon “：”; use “:” followed by a space",
  "colon-space": "a space is missing after the colon of {key}: write “{key}: value”",
  "fullwidth-indent": "this line is indented with a full-width space; use ordinary spaces",
  // hostile inputs: output format and batch workers
  "output-ext-unknown": "xfill cannot write {ext} files; end the file name in .txt, .md, .html or .docx",
  "format-mismatch": "--format {format} contradicts the file name's extension {ext}; drop --format or rename the file",
  "batch-too-many-jobs":
    "--jobs {found} is more than this machine's {cores} processors, which would only be slower and use more memory; running {cores}",
  "batch-no-match": "“{pattern}” matched no data file (.yaml / .yml)",
  "batch-no-data": "no data files to render: give data files, folders of them, or a pattern such as data/*.yaml",
  "batch-bad-jobs": "--jobs needs a positive whole number, got “{found}”",
  "batch-out-dir": "cannot create the output folder (system error {errno})",
  "batch-same-name":
    "{other} in this batch also writes {path}: the data files share a name, so this one was not rendered",
  "batch-needs-output": "name the folder for the documents with -o, e.g. xfill batch TEMPLATE DATA_FOLDER -o out",
  // serve: the browser form (xfill serve) — terminal lines, pages and the page script's words
  "serve-port-in-use":
    "port {port} is in use: choose another (--port), or leave out --port to let xfill pick a free one",
  "serve-listen-failed": "cannot listen on 127.0.0.1:{port}: {detail}",
  "serve-bad-port": "--port must be a whole number from 1 to 65535, found “{found}”",
  "serve-not-editable":
    "cannot write “{key}” into {path}: the file does not hold it as “key: value”; edit it in a text editor",
  // hostile inputs: the form
  "serve-save-too-large":
    "saving would take the data file past its limit of {max}, so nothing was saved; each field holds a few words: was a whole text pasted into one?",
  "template-unknown-helper":
    "the template calls “{name}”, which is not an available helper; templates may use only if, unless, each, with",
  "template-bad-expression":
    "double braces in a template may hold only a field name from fields.yaml (or #if, #unless, #each, #with and a field name), not “{name}”",
  "template-partial":
    "the template includes a partial “{name}”; xfill templates have no partials, write the text into template.hbs",
  "template-unbalanced":
    "{{ and }} do not pair up in the template (or something stands between the braces that should not)",
  "fields-bad-key":
    "the key {key} in fields.yaml is not valid: Chinese characters, letters, digits and _ (not starting with a digit), joined by dots",
  "fields-group-and-field": "{key} in fields.yaml is both a field and a group of fields; rename one",
  // hostile inputs: fields.yaml
  "fields-duplicate-key": "{key} appears more than once in fields.yaml; keep only one",
  "fields-complex-key":
    "the key “{found}” in fields.yaml is not a name (it is a list or mapping); keys are Chinese characters, letters, digits and _, joined by dots",
  "fields-alias-limit":
    "aliases (*name) in fields.yaml expand to too much; fields.yaml needs no aliases: write each entry out",
  "fields-reserved-key":
    "the key {key} in fields.yaml uses a reserved word (__proto__, constructor, prototype); choose another key",
  "fields-label-line": "the label of {key} in fields.yaml must be one line, without line breaks or control characters",
  // hostile inputs: scan limit
  "placeholder-limit":
    "more than {max} placeholders (the limit); only the first {max} are listed. A speech has about a hundred: this file does not look like a template",
  "import-placeholder-limit":
    "more than {max} placeholders (the limit): only the first {max} became blanks, the rest stay as text. " +
    "A speech has about a hundred: this file does not look like a template",
  "bad-docx": "not a valid Word document (.docx); its text cannot be read",
  "leftover-draft-marker": "a draft mark “{found}” is still here: {context}",
  "leftover-template-slot": "a template slot “{found}” is still here: {context}",
  // import: cleaning a raw document
  "import-mostly-web":
    "{percent}% of the text ({lines} lines) looks like adverts or web-page text, more than a quarter; " +
    "no template was made, so that nothing of the speech is lost. " +
    "Check that this is the speech itself, or delete these lines and import again. The lines are:",
  "web-line": "this line looks like web-page or advert text ({reason}): {found}",
  "output-dir-not-empty": "the folder is not empty; xfill will not write into it. Add --force to replace its files",
  "document-date":
    "the speech date (document.date) should be a full date with the year, e.g. 2020-07-15, found “{found}”",
  "unsupported-format":
    "this is a {ext} file, which xfill cannot read; save it as .docx (or .txt) in Word or WPS and try again",
};
