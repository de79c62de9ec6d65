import type { FlowStatus, NodeType } from "@pg/seed/schema";

export type NodeShape =
  | "ellipse"
  | "round-rectangle"
  | "rectangle"
  | "barrel"
  | "octagon"
  | "hexagon"
  | "diamond"
  | "pentagon"
  | "star"
  | "triangle"
  | "vee"
  | "tag"
  | "rhomboid"
  | "round-diamond"
  | "cut-rectangle"
  | "heptagon"
  | "bottom-round-rectangle";

export interface NodeStyle {
  /** Fill; at least 3:1 against the page background (WCAG 1.4.11 for graphics). */
  color: string;
  shape: NodeShape;
  /** Plural, plain-language name for the legend. */
  label: string;
}

/** A Record over every NodeType: adding a type to the schema fails to compile until it is styled here. */
export const NODE_STYLES: Record<NodeType, NodeStyle> = {
  Organisation: { color: "#1f5fa8", shape: "round-rectangle", label: "Organisations" },
  Person: { color: "#b5421a", shape: "ellipse", label: "People" },
  Group: { color: "#8a3ea0", shape: "barrel", label: "Groups" },
  Programme: { color: "#0b6e4f", shape: "octagon", label: "Programme" },
  Partnership: { color: "#0f6f7c", shape: "hexagon", label: "Partnerships" },
  Event: { color: "#9a4d12", shape: "diamond", label: "Events" },
  Initiative: { color: "#4d7316", shape: "pentagon", label: "Initiatives" },
  Outcome: { color: "#ad2f68", shape: "star", label: "Outcomes" },
  SuccessFactor: { color: "#2e7d32", shape: "triangle", label: "Success factors" },
  Weakness: { color: "#c0392b", shape: "vee", label: "Weaknesses" },
  Lesson: { color: "#6d4c41", shape: "tag", label: "Lessons" },
  StrategicGoal: { color: "#5e35b1", shape: "rhomboid", label: "Strategic goals" },
  Knowledge: { color: "#00737d", shape: "round-diamond", label: "Knowledge" },
  Channel: { color: "#4f6272", shape: "cut-rectangle", label: "Channels" },
  Concept: { color: "#76680a", shape: "heptagon", label: "Concepts" },
  Document: { color: "#455a64", shape: "rectangle", label: "Documents" },
  Section: { color: "#6b6b6b", shape: "bottom-round-rectangle", label: "Report sections" },
};

export interface FlowStatusStyle {
  color: string;
  lineStyle: "solid" | "dashed" | "dotted";
  /** Dash and gap lengths of a dashed line, so that two dashed statuses still look different. */
  dashPattern?: readonly number[];
  label: string;
}

/** Status is shown by colour AND line style, never colour alone. */
export const FLOW_STATUS_STYLES: Record<FlowStatus, FlowStatusStyle> = {
  flowed: { color: "#1b7f3b", lineStyle: "solid", label: "Flowed" },
  partial: { color: "#a15c00", lineStyle: "dashed", dashPattern: [6, 3], label: "Partly flowed" },
  stalled: { color: "#c0392b", lineStyle: "dotted", label: "Stalled" },
  intended: { color: "#7b3fa0", lineStyle: "dashed", dashPattern: [12, 4, 2, 4], label: "Only intended" },
};

/** Polygon points in a unit box (-1..1) for drawing each shape in the legend's SVG. */
export function shapePoints(shape: NodeShape): string {
  const regular = (n: number, rot = -Math.PI / 2) =>
    Array.from({ length: n }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / n;
      return [Math.cos(a), Math.sin(a)] as const;
    });
  let pts: (readonly [number, number])[];
  switch (shape) {
    case "ellipse":
      pts = regular(32);
      break;
    case "rectangle":
    case "round-rectangle":
    case "bottom-round-rectangle":
      pts = [
        [-1, -0.75],
        [1, -0.75],
        [1, 0.75],
        [-1, 0.75],
      ];
      break;
    case "barrel":
      pts = [
        [-0.8, -0.9],
        [0.8, -0.9],
        [1, -0.4],
        [1, 0.4],
        [0.8, 0.9],
        [-0.8, 0.9],
        [-1, 0.4],
        [-1, -0.4],
      ];
      break;
    case "octagon":
      pts = regular(8, -Math.PI / 8);
      break;
    case "hexagon":
      pts = regular(6, 0);
      break;
    case "heptagon":
      pts = regular(7);
      break;
    case "pentagon":
      pts = regular(5);
      break;
    case "diamond":
    case "round-diamond":
      pts = regular(4);
      break;
    case "triangle":
      pts = [
        [0, -1],
        [1, 0.85],
        [-1, 0.85],
      ];
      break;
    case "star":
      pts = Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const r = i % 2 === 0 ? 1 : 0.45;
        return [r * Math.cos(a), r * Math.sin(a)] as const;
      });
      break;
    case "vee":
      pts = [
        [-1, -1],
        [0, -0.4],
        [1, -1],
        [0, 1],
      ];
      break;
    case "tag":
      pts = [
        [-1, -0.75],
        [0.4, -0.75],
        [1, 0],
        [0.4, 0.75],
        [-1, 0.75],
      ];
      break;
    case "rhomboid":
      pts = [
        [-0.6, -0.75],
        [1, -0.75],
        [0.6, 0.75],
        [-1, 0.75],
      ];
      break;
    case "cut-rectangle":
      pts = [
        [-0.7, -0.75],
        [0.7, -0.75],
        [1, -0.45],
        [1, 0.45],
        [0.7, 0.75],
        [-0.7, 0.75],
        [-1, 0.45],
        [-1, -0.45],
      ];
      break;
  }
  return pts.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join(" ");
}

/** WCAG relative luminance contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, bl] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
