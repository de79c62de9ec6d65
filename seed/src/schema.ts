/**
 * The domain model of partnership-graph: the zod schema of the dataset in seed/data/*.yaml.
 * It is the single source of every node type, relationship type and enumerated property;
 * api and web import from here rather than restating them.
 */
import { z } from "zod";

export const NODE_TYPES = [
  "Organisation",
  "Person",
  "Group",
  "Programme",
  "Partnership",
  "Event",
  "Initiative",
  "Outcome",
  "SuccessFactor",
  "Weakness",
  "Lesson",
  "StrategicGoal",
  "Knowledge",
  "Channel",
  "Concept",
  "Document",
  "Section",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const ORGANISATION_CATEGORIES = [
  "municipality",
  "ngo",
  "association",
  "agency",
  "ministry",
  "school",
  "public_service",
  "company",
  "university",
  "research_institute",
  "media",
  "other",
] as const;
export const COUNTRIES = ["Norway", "Uganda"] as const;
export const SIDES = ["north", "south"] as const;
export const OUTCOME_LEVELS = ["personal", "professional", "organisational", "community"] as const;
export const OUTCOME_KINDS = ["soft", "solid"] as const;
export const REALISED = ["yes", "partial", "no"] as const;
export const FLOW_STATUSES = ["flowed", "partial", "stalled", "intended"] as const;
export const FLOW_DIRECTIONS = ["north_south", "south_north", "south_south", "within_north"] as const;
export const FLOW_LEVELS = ["individual", "organisation", "community"] as const;

export type FlowStatus = (typeof FLOW_STATUSES)[number];
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];

/** What each status claims. A flow may claim no more than its quote and the report say. */
export const FLOW_STATUS_MEANINGS: Record<FlowStatus, string> = {
  flowed: "the report says the knowledge reached the receiver",
  partial: "some of it got through, or to some of the receivers",
  stalled: "it was tried, or was wanted, but did not get through",
  intended: "planned, expected or proposed; the report does not say it happened",
};
/** A chain of flows ends at these hops: knowledge did not get past them, or is not known to have. */
export const CHAIN_ENDING_STATUSES = ["stalled", "intended"] as const satisfies readonly FlowStatus[];

/** Actors are the node types that can act: join, visit, learn, pass knowledge on. */
export const ACTOR_TYPES = ["Organisation", "Person", "Group"] as const satisfies readonly NodeType[];

/**
 * Which node types each relationship type may join, as [from, to]. seed:check refuses any
 * relationship whose ends do not fit, so the vocabulary in the README stays true of the data.
 */
const ANY: readonly NodeType[] = NODE_TYPES;
const ACTOR: readonly NodeType[] = ACTOR_TYPES;
const FACTOR: readonly NodeType[] = ["SuccessFactor", "Weakness"];
export const RELATIONSHIP_ENDS = {
  MEMBER_OF: [
    ["Person", "Group"],
    ["Organisation", "Group"],
  ],
  PARTNER_IN: [["Organisation"], ["Partnership"]],
  PART_OF: [
    ["Partnership", "Organisation", "Initiative", "Event"],
    ["Programme", "Organisation", "Partnership", "Initiative"],
  ],
  COORDINATES: [ACTOR, ["Programme", "Partnership", "Initiative", "Event"]],
  FUNDS: [["Organisation"], ["Programme", "Partnership", "Initiative"]],
  INITIATED: [ACTOR, ["Partnership", "Event", "Initiative", "Programme"]],
  CONNECTED_TO: [ACTOR, ACTOR],
  PARTICIPATED_IN: [ACTOR, ["Event", "Initiative", "Programme", "Partnership"]],
  HOSTED: [ACTOR, ["Event", "Initiative"]],
  VISITED: [["Person", "Group"], ["Organisation"]],
  DONATED_TO: [["Organisation", "Group"], ["Organisation"]],
  CARRIED_OUT_IN: [["Initiative", "Event"], ["Organisation"]],
  KNOWLEDGE_FLOW: [ACTOR, ACTOR],
  ABOUT: [
    ["Event", "Initiative", "Outcome", "Channel"],
    ["Knowledge", "Concept"],
  ],
  USED_CHANNEL: [ACTOR, ["Channel"]],
  EXPERIENCED: [ACTOR, ["Outcome"]],
  ENABLES: [FACTOR, ["Partnership", "Outcome", "SuccessFactor", "Weakness", "Knowledge"]],
  HINDERS: [FACTOR, ["Partnership", "Outcome", "SuccessFactor", "Weakness", "Knowledge"]],
  CAUSES: [["Weakness"], ["Weakness"]],
  ADDRESSES: [["Lesson", "StrategicGoal"], ["Weakness"]],
  BUILDS_ON: [
    ["Lesson", "StrategicGoal"],
    ["SuccessFactor", "Lesson"],
  ],
  PROPOSED_FOR: [["StrategicGoal", "Lesson"], ["Organisation"]],
  AUTHORED: [ACTOR, ["Document"]],
  DESCRIBES: [["Document"], ANY],
  ILLUSTRATES: [ANY, ["Concept"]],
  MENTIONED_IN: [ANY, ["Section"]],
} as const satisfies Record<string, readonly [readonly NodeType[], readonly NodeType[]]>;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_ENDS) as (keyof typeof RELATIONSHIP_ENDS)[];
export type RelationshipType = keyof typeof RELATIONSHIP_ENDS;

/** One line per relationship type, for the README, the legend and /api/schema. */
export const RELATIONSHIP_MEANINGS: Record<RelationshipType, string> = {
  MEMBER_OF: "a person or group belongs to an organisation or group",
  PARTNER_IN: "an organisation is a partner in a partnership (side: north or south)",
  PART_OF: "a partnership belongs to a programme; a unit belongs to an organisation",
  COORDINATES: "an actor coordinates a programme, partnership or initiative",
  FUNDS: "an organisation pays for a programme, partnership or initiative",
  INITIATED: "an actor started a partnership, event or initiative",
  CONNECTED_TO: "a tie between actors that is neither membership nor partnership (nature)",
  PARTICIPATED_IN: "an actor took part in an event, initiative or programme",
  HOSTED: "an actor hosted an event or initiative",
  VISITED: "a person or group visited an organisation (year)",
  DONATED_TO: "an organisation gave money or goods to another",
  CARRIED_OUT_IN: "an initiative or event took place in an organisation's area",
  KNOWLEDGE_FLOW: "knowledge travelled, stalled or was meant to travel from one actor to another",
  ABOUT: "an event, initiative, outcome or channel concerns a piece of knowledge or a concept",
  USED_CHANNEL: "an actor spread information through a channel",
  EXPERIENCED: "an actor gained an outcome",
  ENABLES: "a success factor (or weakness) helps something happen",
  HINDERS: "a weakness (or factor) holds something back",
  CAUSES: "one weakness leads to another",
  ADDRESSES: "a lesson or goal responds to a weakness",
  BUILDS_ON: "a lesson or goal builds on a success factor",
  PROPOSED_FOR: "a strategic goal or lesson is proposed for an organisation",
  AUTHORED: "an actor wrote a document",
  DESCRIBES: "a document is about a node",
  ILLUSTRATES: "a node is an instance of a theory concept",
  MENTIONED_IN: "a node is mentioned in a section of the report (quote)",
};

export const NODE_TYPE_MEANINGS: Record<NodeType, string> = {
  Organisation: "municipalities, NGOs, schools, agencies, services, companies, media",
  Person: "an individual, usually known by role (informants are anonymous)",
  Group: "a collective actor: the political group, the delegation, pupils, inhabitants, the KS focus group",
  Programme: "the MIC programme",
  Partnership: "the Gran–Mukono(–Lugazi) partnership",
  Event: "dated happenings: pilot project, joining MIC, visits, the mini survey, the phase-out",
  Initiative: "work carried out: tax collection, renovation system, market place, school jogging",
  Outcome: "learning and benefits (level, kind, realised)",
  SuccessFactor: "what made the partnership work (5.5, Appendix I)",
  Weakness: "what held it back (5.5, Appendix I)",
  Lesson: "the five lessons learned (chapter 6)",
  StrategicGoal: "the three potential strategic goals for the North (6.5)",
  Knowledge: "a piece of knowledge or practice that travels",
  Channel: "how information travels: meetings, slideshows, the webpage, the newspaper",
  Concept: "ideas from the theory chapter: mutuality gap, soft vs solid benefits, learning culture",
  Document: "reports, applications and guidelines the report cites",
  Section: "a section of the report, for provenance",
};

/** Stable public id: a kebab-case slug. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug (a-z, 0-9, single hyphens)");

/** A section number as the report prints it: "5.3", "Preface", "Appendix I". */
export const SectionRef = z.string().min(1);

/** Verbatim evidence; the check that it really is in the report lives in check.ts. */
export const Quote = z
  .string()
  .min(8, "a quote must be at least 8 characters")
  .max(400, "keep quotes under 400 characters");

export const Mention = z.strictObject({ section: SectionRef, quote: Quote });
export type Mention = z.infer<typeof Mention>;

const Year = z.number().int().min(1900).max(2100);

const nodeBase = {
  id: Id,
  name: z.string().min(1),
  summary: z.string().min(1),
  mentions: z.array(Mention).min(1, "every node needs at least one mention with a quote"),
};

export const OrganisationNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Organisation"),
  category: z.enum(ORGANISATION_CATEGORIES),
  country: z.enum(COUNTRIES).optional(),
  aliases: z.array(z.string()).optional(),
});
export const PersonNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Person"),
  role: z.string().min(1),
  informant: z.boolean().default(false),
  country: z.enum(COUNTRIES).optional(),
});
export const GroupNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Group"),
  size: z.number().int().positive().optional(),
  country: z.enum(COUNTRIES).optional(),
});
export const ProgrammeNode = z.strictObject({ ...nodeBase, type: z.literal("Programme"), since: Year.optional() });
export const PartnershipNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Partnership"),
  since: Year.optional(),
  until: Year.optional(),
});
export const EventNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Event"),
  year: Year.optional(),
  date: z.iso.date().optional(),
  startYear: Year.optional(),
  endYear: Year.optional(),
  recurring: z.boolean().optional(),
  /** What the report literally says when it is vague, e.g. "last year". */
  when: z.string().optional(),
});
export const InitiativeNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Initiative"),
  year: Year.optional(),
  startYear: Year.optional(),
  endYear: Year.optional(),
  recurring: z.boolean().optional(),
});
export const OutcomeNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Outcome"),
  level: z.enum(OUTCOME_LEVELS),
  kind: z.enum(OUTCOME_KINDS),
  realised: z.enum(REALISED),
});
const simple = <T extends NodeType>(type: T) => z.strictObject({ ...nodeBase, type: z.literal(type) });
export const SuccessFactorNode = simple("SuccessFactor");
export const WeaknessNode = simple("Weakness");
export const LessonNode = z.strictObject({
  ...nodeBase,
  type: z.literal("Lesson"),
  number: z.number().int().min(1).max(5),
});
export const StrategicGoalNode = simple("StrategicGoal");
export const KnowledgeNode = simple("Knowledge");
export const ChannelNode = simple("Channel");
export const ConceptNode = simple("Concept");
export const DocumentNode = z.strictObject({ ...nodeBase, type: z.literal("Document"), year: Year.optional() });
/** A section's evidence is its heading, checked verbatim; it needs no mention of itself. */
export const SectionNode = z.strictObject({
  id: Id,
  type: z.literal("Section"),
  number: SectionRef,
  title: z.string().min(1),
  name: z.string().min(1),
  summary: z.string().min(1),
  mentions: z.array(Mention).default([]),
});

export const Node = z.discriminatedUnion("type", [
  OrganisationNode,
  PersonNode,
  GroupNode,
  ProgrammeNode,
  PartnershipNode,
  EventNode,
  InitiativeNode,
  OutcomeNode,
  SuccessFactorNode,
  WeaknessNode,
  LessonNode,
  StrategicGoalNode,
  KnowledgeNode,
  ChannelNode,
  ConceptNode,
  DocumentNode,
  SectionNode,
]);
export type Node = z.infer<typeof Node>;

/** Properties a relationship may carry besides its evidence; which apply depends on the type. */
export const RelationshipProps = {
  role: z.string().optional(),
  since: Year.optional(),
  until: Year.optional(),
  year: Year.optional(),
  side: z.enum(SIDES).optional(),
  nature: z.string().optional(),
  via: z.string().optional(),
  topic: z.string().optional(),
  status: z.enum(FLOW_STATUSES).optional(),
  direction: z.enum(FLOW_DIRECTIONS).optional(),
  level: z.enum(FLOW_LEVELS).optional(),
  /**
   * For KNOWLEDGE_FLOW: the Channel node it travelled through, the Knowledge node it carries and the
   * weaknesses that held it back (ids; seed:check verifies they exist and have that type).
   */
  channel: Id.optional(),
  knowledge: Id.optional(),
  hinderedBy: z.array(Id).optional(),
};

export const Relationship = z
  .strictObject({
    from: Id,
    to: Id,
    type: z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]),
    section: SectionRef,
    quote: Quote,
    ...RelationshipProps,
  })
  .superRefine((rel, ctx) => {
    if (rel.type !== "KNOWLEDGE_FLOW") return;
    for (const key of ["topic", "status", "direction", "level"] as const) {
      if (rel[key] === undefined)
        ctx.addIssue({ code: "custom", path: [key], message: `a KNOWLEDGE_FLOW needs ${key}` });
    }
  });
export type Relationship = z.infer<typeof Relationship>;

/** One dataset file: any mix of nodes and relationships. */
export const DatasetFile = z.strictObject({
  nodes: z.array(Node).default([]),
  relationships: z.array(Relationship).default([]),
});
export type DatasetFile = z.infer<typeof DatasetFile>;

export interface Dataset {
  nodes: Node[];
  relationships: Relationship[];
}
