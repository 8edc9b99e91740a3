/**
 * Recalculates a workbook in LibreOffice Calc (Debian's libreoffice-calc, headless) and returns
 * the recalculated copy. A private profile forces recalculation on load: by default LibreOffice
 * trusts the cached results an .xlsx carries, which would hide errors.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

export const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | null = null;

export function recalculate(xlsx: string): string {
  if (!existsSync(SOFFICE))
    throw new Error(
      `No LibreOffice at ${SOFFICE}: apt-get install libreoffice-calc (CI does this in .ci/run)`
    );
  if (!profile) {
    profile = mkdtempSync(path.join(os.tmpdir(), "sovai-lo-profile-"));
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  }
  const out = convert(xlsx, "xlsx", profile);
  const result = path.join(out, path.basename(xlsx));
  if (!existsSync(result)) throw new Error(`LibreOffice wrote no ${result}`);
  return result;
}

/**
 * Converts a file with headless LibreOffice under the given profile; returns the output folder.
 * @param format - the target format, e.g. "xlsx" or "pdf"
 */
export function convert(file: string, format: string, profileDir: string): string {
  const out = mkdtempSync(path.join(os.tmpdir(), "sovai-lo-out-"));
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profileDir}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
  return out;
}
