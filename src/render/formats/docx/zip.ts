// The zip writer moved to src/ooxml (the Word package layer), which the in-place fill shares.
export { writeZip, zipEntry, type ZipEntry } from "../../../ooxml/write-zip.js";
