/**
 * The public sources the bundled figures rest on, keyed by fact id (D = deal, U = unit
 * economics, L = lock-in evidence, R = rates); docs/model.md lists each with its figure and date.
 * A record or assumption cites ids; the URL list is resolved from here so each URL is written once.
 */
export const SOURCES: Readonly<Record<string, readonly string[]>> = {
  D1: [
    "https://www.lokmattimes.com/technology/260000-gpus-to-be-deployed-to-build-ai-factories-in-s-korea-1/",
    "https://cm.asiae.co.kr/en/article/2025103113022725089",
  ],
  D2: [
    "https://kntec.se/2025/11/12/government-nvidia-and-leading-korean-companies-join-forces-to-strengthen-capabilities-in-the-ai-ecosystem-2/",
    "https://cloudnews.tech/?p=28496",
  ],
  D5: [
    "https://www.livemint.com/companies/news/nvidia-to-supply-260-000-cutting-edge-chips-to-south-korea-in-major-ai-push-led-by-president-lee-jae-myung/amp-11761893731636.html",
    "https://getnews.me/samsung-launches-ai-megafactory-powered-by-50-000-nvidia-gpus",
  ],
  D6: [
    "https://scienceai.news/article/nvidia-sk-group-build-ai-factory-with-50000-gpus/",
    "https://www.slicast.com/article/12wt5je",
  ],
  D7: [
    "https://econotimes.com/Hyundai-Motor-Group-and-Nvidia-Join-Forces-on-3-Billion-AI-Cluster-in-South-Korea-1724746",
    "https://www.uuaa.net/ainews/jmrXZXKr.html",
  ],
  D8: [
    "https://koreainvestinsights.com/post/naver-nvidia-jensen-huang-softbank-ytl-dell-ai-factory-2026-06-05/",
    "https://www.lokmattimes.com/technology/260000-gpus-to-be-deployed-to-build-ai-factories-in-s-korea-1/",
  ],
  D14: [
    "https://www.koreaherald.com/article/10684111",
    "https://www.ibtimes.sg/hyundai-signs-6-26b-seoul-deal-ai-robotics-hydrogen-hub-83992",
  ],
  D15: [
    "https://dailyalpha.us/news/korea-taps-naver-samsung-sds-elice-for-dollar133b-national-ai-gpu-project-6a267ceb3a85c10da161fd21",
    "https://www.digitaltoday.co.kr/en/view/49417/govt-gpu-second-round-bidding-five-way-coupang-redo-in-focus",
  ],
  D17: [
    "https://biz.heraldcorp.com/article/10638855",
    "https://magazine.hankyung.com/business/article/202512180991b",
    "https://magazine.hankyung.com/business/article/202512016651b",
  ],
  // Derived from D15, D17 and D22: ~13,100 in service + 9,704 bought in 2026 + 8,496 supercomputer.
  D18: [
    "https://biz.heraldcorp.com/article/10638855",
    "https://dailyalpha.us/news/korea-taps-naver-samsung-sds-elice-for-dollar133b-national-ai-gpu-project-6a267ceb3a85c10da161fd21",
  ],
  D22: [
    "https://www.chosun.com/economy/science/2025/05/15/G6OFQQMRYZBR5GODYOZ6EFS5YM/?outputType=amp",
  ],
  D19: ["https://www.newspub.kr/content?category=9&dark=0&nid=69645cdb36714e6ba5bf4bd9"],
  D20: [
    "https://news.sbs.co.kr/news/endPage.do?news_id=N1008314212",
    "https://dbr.donga.com/kfocus/view/en/article_no/2859",
    "https://newspim.com/news/view/20251105000300",
    "https://global-s1.rainsnews.com/en/sg/tech/nvidia-inks-multi-year-ai-infrastructure-deals-with-south-korean-tech-giants-inc-10254",
  ],
  D12: [
    "https://cloudnews.tech/?p=28496",
    "https://world.kbs.co.kr/service/news_view.htm?lang=i&Seq_Code=79502",
  ],
  L1: [
    "https://hi-tech.ua/en/nvidia-produces-98-of-graphics-processors-for-data-centers/",
    "https://aigazine.com/industry/nvidia-takes-over-80-of-data-center-and-ai-chip-market--ms",
  ],
  L11: [
    "https://www.digitaltoday.co.kr/en/view/51996/nvidia-steps-up-push-into-south-koreas-ai-ecosystem-with-cuda-style-lock-in-strategy",
  ],
  K3: ["https://www.seoulz.com/korean-ai-chip-seouls-big-bet-on-rebellions"],
  K4: [
    "https://datacenterdynamics.com/en/news/metas-800m-offer-turned-down-by-ai-chip-start-up-furiosaai",
  ],
  N5: ["https://www.donga.com/en/article/all/20250805/5767015/1"],
  U13: [
    "https://docs.nvidia.com/ai-enterprise/planning-resource/licensing-guide/latest/terminology.html",
  ],
  N4: ["https://biz.chosun.com/en/en-policy/2025/09/21/WL3VECL4KNGD3OUSY3CW254FEM/?outputType=amp"],
  U3: [
    "https://fetchlogic.net/memory-now-costs-more-than-the-processor-in-ai-chips-and-that-changes-everything-about-who-can-afford-to-compete/",
  ],
  U4: [
    "https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144",
  ],
  U6: ["https://www.gate.com/post/status/21206536"],
  U8: ["https://awesomeagents.ai/hardware/nvidia-gb300-nvl72"],
  U10: [
    "https://www.koreaherald.com/article/10684111",
    "https://biz.chosun.com/en/en-policy/2025/09/21/WL3VECL4KNGD3OUSY3CW254FEM/?outputType=amp",
  ],
  U11: [
    "https://insidermonkey.com/blog/nvidia-corporation-nasdaqnvda-q3-2024-earnings-call-transcript-1227317/5",
  ],
  U12: [
    "https://docs.nvidia.com/ai-enterprise/planning-resource/licensing-guide/latest/index.html",
  ],
  U14: ["https://docs.stage.rafay.dev/blog/category/nvaie"],
  U15: ["https://shaulkoral.com/useful-life-of-servers-and-network-assets-at-tech-companies/"],
  U16: [
    "https://www.fool.com/investing/2025/11/11/michael-burrys-latest-warning-could-be-bad-news-fo/?source=iedfolrf0000001",
  ],
  U17: [
    "https://www.tomshardware.com/tech-industry/semiconductors/nvidia-enterprise-roadmap-rubin-rubin-ultra-feynman-and-silicon-photonics",
  ],
  U18: ["https://thedailyscout.com/s/mS-qfkbCluI"],
  U19: ["https://introl.com/blog/gb200-nvl72-deployment-72-gpu-liquid-cooled"],
  U20: [
    "https://energynews.pro/en/south-korea-9-7-industrial-electricity-rate-hike-to-reduce-kepcos-losses",
  ],
  U21: [
    "https://koreajoongangdaily.joins.com/news/2025-06-23/national/socialAffairs/Kepco-keeps-electricity-rate-frozen-for-third-quarter/2336080",
  ],
  U22: [
    "https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms",
  ],
  U23: [
    "https://biz.chosun.com/en/en-policy/2025/12/14/DQAP43MOEREHBJIZHQBBHEBQYE/?outputType=amp",
  ],
  U25: [
    "https://www.buysellram.com/blog/why-nvidias-vera-rubin-racks-cost-double-and-memory-is-the-surprise/",
    "https://indusbusinessjournal.com/2026/01/nvidia-signals-priority-supply-of-next-generation-gpus-to-south-korea/",
  ],
  U26: ["https://ngtimes.org/2026/06/02/vera-rubin-power-story-moves-to-racks-and-cooling"],
  U29: [
    "https://www.news1.kr/photos/7680005",
    "https://biz.chosun.com/en/en-policy/2026/01/20/5TRGRMKM5BCHNCKBQ22KOOL7XI/?outputType=amp",
    "https://www.koreaherald.com/article/10693433",
  ],
  U32: ["https://www.wikitree.co.kr/articles/1126194", "https://www.collector.com.tr//979899876"],
  A1: ["https://www.cliffcenter.com/research/amd-inference-economics"],
  R1: [
    "http://m.newsis.com/view.html?ar_id=NISX20170811_0000065386",
    "https://www.khan.co.kr/article/202603102049005",
  ],
  U24: [
    "https://direct.datacenterdynamics.com/en/news/meta-report-details-hundreds-of-gpu-and-hbm3-related-interruptions-to-llama-3-training-run",
  ],
  L3: [
    "https://ng.investing.com/news/stock-market-news/how-much-does-a-gw-of-data-center-capacity-actually-cost-2169144",
  ],
  L4: ["https://www.gate.com/post/status/21206536"],
  L5: ["https://rocm.blogs.amd.com/software-tools-optimization/hipify/README.html"],
  L6: ["https://chipstrat.com/p/amds-ai-accelerator-woes-and-trust"],
  L7: ["https://www.codemetal.ai/research/the-real-cost-of-leaving-nvidia"],
  L8: ["https://thenegotiationexperts.pages.dev/blog/cloud-exit-strategy-vendor-lock-in/"],
};

/** The NVIDIA newsroom release of the deal (30 Oct 2025 US / 31 Oct 2025 KST). */
export const DEAL_URL = "https://nvidianews.nvidia.com/news/south-korea-ai-infrastructure";

/**
 * The URLs behind a list of fact ids, each once, in order.
 * @example sourceUrls(["U4", "L3"]).length // 1 (both cite the same Bernstein report)
 */
export function sourceUrls(factIds: readonly string[]): string[] {
  const urls: string[] = [];
  for (const id of factIds) {
    for (const url of SOURCES[id] ?? []) if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}
