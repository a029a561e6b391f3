/**
 * Every size limit xfill applies to what it reads, in one place (README's security note cites them). Each is
 * far above any real input: a county's data file is a few KiB, a template tens of KiB.
 */

/** Largest data file (YAML) accepted. */
export const MAX_DATA_BYTES = 1024 * 1024;

/** Largest template.hbs or fields.yaml accepted. */
export const MAX_TEMPLATE_FILE_BYTES = 4 * 1024 * 1024;

/** Largest data sheet (.csv, or .xlsx before unzipping; its parts are then held to read-zip's limits). */
export const MAX_SHEET_BYTES = 16 * 1024 * 1024;

/** Most placeholders one scan reports: a speech has about a hundred; past this a file is not a template. */
export const MAX_PLACEHOLDERS = 100_000;
