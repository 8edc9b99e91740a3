/**
 * Sources as a reader wants them on a sheet: a short label per link ("Korea Herald, 27 Feb
 * 2026"), not a raw URL. The publisher comes from the link's host, the date from the fact.
 */
import { DEAL_URL, SOURCES } from "../model";
import { FACT_DATES } from "../model/data/fact-dates";

/** Publishers of the hosts the sources use; any other host is shown as itself. */
const PUBLISHERS: Readonly<Record<string, string>> = {
  "nvidianews.nvidia.com": "NVIDIA newsroom",
  "docs.nvidia.com": "NVIDIA docs",
  "rocm.blogs.amd.com": "AMD ROCm blog",
  "biz.chosun.com": "Chosun Biz",
  "biz.heraldcorp.com": "Herald Business",
  "koreaherald.com": "Korea Herald",
  "koreajoongangdaily.joins.com": "Korea JoongAng Daily",
  "magazine.hankyung.com": "Hankyung Magazine",
  "news.sbs.co.kr": "SBS News",
  "world.kbs.co.kr": "KBS World",
  "m.newsis.com": "Newsis",
  "donga.com": "Dong-A Ilbo",
  "dbr.donga.com": "Dong-A Business Review",
  "khan.co.kr": "Kyunghyang Shinmun",
  "news1.kr": "News1",
  "newspim.com": "Newspim",
  "digitaltoday.co.kr": "Digital Today",
  "cm.asiae.co.kr": "Asia Economy",
  "ng.investing.com": "Investing.com (Bernstein)",
  "intelligence.uptimeinstitute.com": "Uptime Institute",
  "direct.datacenterdynamics.com": "DatacenterDynamics",
  "datacenterdynamics.com": "DatacenterDynamics",
  "tomshardware.com": "Tom's Hardware",
  "fool.com": "Motley Fool",
  "livemint.com": "Mint",
  "insidermonkey.com": "Insider Monkey (earnings call)",
  "ibtimes.sg": "IBTimes Singapore",
  "chipstrat.com": "Chipstrat",
};

/**
 * "Publisher, 27 Feb 2026" for one of a fact's links.
 * @example sourceLabel("https://www.koreaherald.com/article/10684111", "D14") // "Korea Herald, 27 Feb 2026"
 */
export function sourceLabel(url: string, factId: string): string {
  const host = new URL(url).hostname.replace(/^www\./, "");
  const date = FACT_DATES[factId] ?? "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const shown = m
    ? `${Number(m[3])} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m[2]) - 1]} ${m[1]}`
    : date;
  return `${PUBLISHERS[host] ?? host}${shown ? `, ${shown}` : ""}`;
}

/** The deal's own announcement. */
export const DEAL_LINK = { url: DEAL_URL, label: "NVIDIA newsroom, 31 Oct 2025" } as const;

/** Each link behind a list of fact ids, once, with its label. */
export function sourceLinks(factIds: readonly string[]): { url: string; label: string }[] {
  const seen = new Set<string>();
  const out: { url: string; label: string }[] = [];
  for (const id of factIds)
    for (const url of SOURCES[id] ?? []) {
      if (seen.has(url)) continue;
      seen.add(url);
      out.push({ url, label: sourceLabel(url, id) });
    }
  return out;
}
