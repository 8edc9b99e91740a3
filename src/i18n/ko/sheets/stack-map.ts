/** Korean sheet text: the Dependency sheet's stack dependency map (model data; product names stay). Keys and conventions: ../sheets.ts. */
export const STACK_MAP: Readonly<Record<string, string>> = {
  // dependency: stack map (model data; product names stay)
  "Stack dependency map (difficulty and shares are judgement inputs)":
    "스택 종속 지도(난이도와 비중은 판단 입력값)",
  Layer: "계층",
  "NVIDIA components": "NVIDIA 구성 요소",
  Role: "역할",
  Alternatives: "대안",
  "Korean alternatives": "국내 대안",
  "Switching difficulty (#–#)": "전환 난이도(#–#)",
  "NVIDIA share": "NVIDIA 비중",
  "Others' share": "기타 비중",
  "Layer HHI": "계층 HHI",
  "Stack shares are fractions from # to #": "스택 비중은 #~# 사이의 비율입니다",
  Accelerators: "가속기",
  "Blackwell GPUs (B200, GB200, B300), RTX PRO 6000 servers":
    "Blackwell GPU(B200, GB200, B300), RTX PRO 6000 서버",
  "Training and inference compute": "학습·추론 연산",
  "AMD Instinct, Google TPU, AWS Trainium, Intel Gaudi":
    "AMD Instinct, Google TPU, AWS Trainium, Intel Gaudi",
  "Rebellions ATOM / REBEL, FuriosaAI RNGD (NPUs, inference)":
    "리벨리온 ATOM / REBEL, 퓨리오사AI RNGD(NPU, 추론)",
  Interconnect: "인터커넥트",
  "NVLink, InfiniBand / Spectrum-X, BlueField": "NVLink, InfiniBand / Spectrum-X, BlueField",
  "Scale-up and scale-out networking": "스케일업·스케일아웃 네트워킹",
  "Ethernet (Ultra Ethernet), UALink, Broadcom switching":
    "이더넷(Ultra Ethernet), UALink, Broadcom 스위칭",
  "None at data-centre scale": "데이터센터 규모에서는 없음",
  "System software": "시스템 소프트웨어",
  "CUDA, CUDA-X libraries (cuDNN, NCCL, cuLitho)": "CUDA, CUDA-X 라이브러리(cuDNN, NCCL, cuLitho)",
  "Programming model and tuned kernels": "프로그래밍 모델과 최적화 커널",
  "ROCm / HIP, oneAPI / SYCL, OpenXLA, Triton": "ROCm / HIP, oneAPI / SYCL, OpenXLA, Triton",
  "Rebellions and FuriosaAI SDKs": "리벨리온·퓨리오사AI SDK",
  Frameworks: "프레임워크",
  "NeMo, NIM (NVIDIA AI Enterprise)": "NeMo, NIM (NVIDIA AI Enterprise)",
  "Model training recipes and inference serving": "모델 학습 레시피와 추론 서빙",
  "PyTorch / JAX directly, vLLM, Hugging Face TGI":
    "PyTorch / JAX 직접 사용, vLLM, Hugging Face TGI",
  "In-house stacks of NAVER Cloud, LG AI Research, Upstage":
    "네이버클라우드, LG AI연구원, 업스테이지의 자체 스택",
  Models: "모델",
  "Nemotron models and datasets (Korean persona data)":
    "Nemotron 모델과 데이터셋(한국어 페르소나 데이터)",
  "Base models and training data": "기반 모델과 학습 데이터",
  "Open-weight models (Llama, Qwen, Mistral)": "오픈 웨이트 모델(Llama, Qwen, Mistral)",
  "LG EXAONE, NAVER HyperCLOVA X, Upstage Solar, SKT A.X":
    "LG 엑사원(EXAONE), 네이버 하이퍼클로바X, 업스테이지 솔라, SKT A.X",
  Simulation: "시뮬레이션",
  "Omniverse, Cosmos": "Omniverse, Cosmos",
  "Fab and factory digital twins, world models": "팹·공장 디지털 트윈, 월드 모델",
  "Unreal Engine, Unity, Siemens and Dassault twins": "Unreal Engine, Unity, 지멘스·다쏘 트윈",
  "None at comparable scale": "비슷한 규모에서는 없음",
  "Edge and vehicle compute": "엣지·차량 연산",
  "DRIVE AGX Thor, Jetson Thor": "DRIVE AGX Thor, Jetson Thor",
  "In-vehicle autonomy and robot compute": "차량 자율주행과 로봇 연산",
  "Qualcomm Snapdragon Ride, Mobileye EyeQ": "퀄컴 Snapdragon Ride, 모빌아이 EyeQ",
  "Samsung Exynos Auto": "삼성 엑시노스 오토",
};
