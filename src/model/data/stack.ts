/**
 * The layers of NVIDIA's stack the Korean deal names (fact D12), with the alternatives an
 * exit would need. Switching difficulty (1 = drop-in, 5 = rewrite) and NVIDIA's share of each
 * layer in the Korean deployments are analyst judgement, labelled as such; the accelerator share
 * rests on market-share estimates (L1). As of 2025-10-31.
 */
export interface StackLayer {
  readonly layer: string;
  readonly nvidia: string;
  readonly role: string;
  readonly alternatives: string;
  readonly koreanAlternatives: string;
  /** 1 (drop-in replacement exists) to 5 (a rewrite): judgement. */
  readonly difficulty: number;
  /** NVIDIA's share of the layer in these deployments, 0..1: judgement unless facts say otherwise. */
  readonly nvidiaShare: number;
  readonly facts: readonly string[];
}

export const STACK_LAYERS: readonly StackLayer[] = [
  {
    layer: "Accelerators",
    nvidia: "Blackwell GPUs (B200, GB200, B300), RTX PRO 6000 servers",
    role: "Training and inference compute",
    alternatives: "AMD Instinct, Google TPU, AWS Trainium, Intel Gaudi",
    koreanAlternatives: "Rebellions ATOM / REBEL, FuriosaAI RNGD (NPUs, inference)",
    difficulty: 3,
    nvidiaShare: 0.9,
    facts: ["D12", "L1", "K3", "K4"],
  },
  {
    layer: "Interconnect",
    nvidia: "NVLink, InfiniBand / Spectrum-X, BlueField",
    role: "Scale-up and scale-out networking",
    alternatives: "Ethernet (Ultra Ethernet), UALink, Broadcom switching",
    koreanAlternatives: "None at data-centre scale",
    difficulty: 3,
    nvidiaShare: 0.8,
    facts: ["U19"],
  },
  {
    layer: "System software",
    nvidia: "CUDA, CUDA-X libraries (cuDNN, NCCL, cuLitho)",
    role: "Programming model and tuned kernels",
    alternatives: "ROCm / HIP, oneAPI / SYCL, OpenXLA, Triton",
    koreanAlternatives: "Rebellions and FuriosaAI SDKs",
    difficulty: 5,
    nvidiaShare: 0.9,
    facts: ["D5", "L5", "L6", "L7"],
  },
  {
    layer: "Frameworks",
    nvidia: "NeMo, NIM (NVIDIA AI Enterprise)",
    role: "Model training recipes and inference serving",
    alternatives: "PyTorch / JAX directly, vLLM, Hugging Face TGI",
    koreanAlternatives: "In-house stacks of NAVER Cloud, LG AI Research, Upstage",
    difficulty: 3,
    nvidiaShare: 0.5,
    facts: ["D12", "U13", "U14"],
  },
  {
    layer: "Models",
    nvidia: "Nemotron models and datasets (Korean persona data)",
    role: "Base models and training data",
    alternatives: "Open-weight models (Llama, Qwen, Mistral)",
    koreanAlternatives: "LG EXAONE, NAVER HyperCLOVA X, Upstage Solar, SKT A.X",
    difficulty: 2,
    nvidiaShare: 0.2,
    facts: ["D12", "L11", "N5"],
  },
  {
    layer: "Simulation",
    nvidia: "Omniverse, Cosmos",
    role: "Fab and factory digital twins, world models",
    alternatives: "Unreal Engine, Unity, Siemens and Dassault twins",
    koreanAlternatives: "None at comparable scale",
    difficulty: 4,
    nvidiaShare: 0.6,
    facts: ["D5", "D7", "D12"],
  },
  {
    layer: "Edge and vehicle compute",
    nvidia: "DRIVE AGX Thor, Jetson Thor",
    role: "In-vehicle autonomy and robot compute",
    alternatives: "Qualcomm Snapdragon Ride, Mobileye EyeQ",
    koreanAlternatives: "Samsung Exynos Auto",
    difficulty: 4,
    nvidiaShare: 0.5,
    facts: ["D5", "D7", "D12"],
  },
];
