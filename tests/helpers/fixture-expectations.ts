import { participants000, participants004, participantsSecondMeeting, participantsSixthMeeting } from "../unit/parse/fixture-participants.js";
import { withSeeds } from "./fixture-files.js";

/**
 * What each seed's discussion says, typed from the files: section headings in order, and the
 * opening words of every paragraph (or list item) under each.
 */
export interface ExpectedSummary {
  file: string;
  /** Layout: "annex" (like seed 000), "pdf" (like seed 004). */
  style: "annex" | "pdf";
  series: string;
  title: string;
  startsAt: string;
  participants: number;
  people: Array<{ name: string; affiliation?: string; role?: string }>;
  preamble: string[];
  sections: Array<{ heading: string; paragraphs: string[] }>;
}

const OWN_SUMMARIES: ExpectedSummary[] = [
  {
    file: "second-meeting-annexes.txt",
    style: "annex",
    series: "MAG WG - YOUTH ENGAGEMENT",
    title: "Meeting 2",
    startsAt: "2021-03-04T00:00:00.000Z",
    participants: 6,
    people: participantsSecondMeeting,
    preamble: ["The second meeting of the Youth Engagement Working Group was held on March 4th 2021.", "The meeting summary shown below has been drafted in accordance to the agreed agenda (Annex I)."],
    sections: [
      { heading: "1. Introduction", paragraphs: ["List of participants can be found in Annex II. Participants agreed to record the meeting."] },
      { heading: "2. Work plan", paragraphs: ["The co-chairs presented the draft work plan", "Karin went through the sections of the work plan"] },
      { heading: "OUTREACH TO YOUTH IGFS", paragraphs: ["Most participants agreed that the youth IGFs", "It was suggested to invite the youth coalition to present its work at the next meeting."] },
      { heading: "MENTORING PROGRAMME", paragraphs: ["Someone asked how mentors would be selected", "There was a suggestion to pair each mentor"] },
      { heading: "3. Priorities and next steps", paragraphs: ["Karin to circulate the revised work plan by email.", "Participants to propose mentors before the next call.", "Next call will take place in the second week of April."] },
    ],
  },
  {
    file: "sixth-meeting-pdf.txt",
    style: "pdf",
    series: "IGF 2021 MAG’s Working Group (WG) on Language Diversity (WG-Languages)",
    title: "Online Meeting 6",
    startsAt: "2021-10-14T15:00:00.000Z",
    participants: 11,
    people: participantsSixthMeeting,
    preamble: [
      "The sixth online meeting of the IGF 2021 MAG’s Working Group (WG) on Language Diversity (WG-Languages) was hosted on 14 October 2021 at 15:00 p.m. UTC.",
      "The co-chairs opened the meeting by introducing the agenda",
      "Translation of the IGF outputs",
      "Multilingual sessions at IGF 2021",
    ],
    sections: [
      {
        heading: "A. Translation of the IGF outputs",
        paragraphs: [
          "Output document: https://docs.google.com/document/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uVW2xY3zA4bC5/edit?usp=sharing",
          "Summary of key points: The group reviewed which outputs are translated today.",
          "Participants suggested that the messages be translated first",
          "Next Steps: By the next WG’s meeting (28 October), members to propose which reports should be translated in 2022.",
        ],
      },
      {
        heading: "B. Multilingual sessions at IGF 2021",
        paragraphs: ["Summary of key points: The Secretariat confirmed that four main sessions will have interpretation.", "Next Steps: The co-chairs will write to the workshop organisers."],
      },
      { heading: "Next meeting", paragraphs: ["Next meeting: The next meeting of this WG is planned for 28 October at 15:00 UTC."] },
    ],
  },
];

const SEED_SUMMARIES: ExpectedSummary[] = [
  {
    file: "000_32427b79369b41ed.txt",
    style: "annex",
    people: participants000,
    series: "MAG WG - IGF STRENGTHENING AND STRATEGY",
    title: "Meeting 2",
    startsAt: "2020-07-02T00:00:00.000Z",
    participants: 17,
    preamble: [
      "The second meeting of the IGF Strengthening and Strategy Working Group was held on July 2nd 2020.",
      "The meeting summary shown below has been drafted in accordance to the agreed agenda (Annex I).",
    ],
    sections: [
      { heading: "1. Introduction", paragraphs: ["List of participants can be found in Annex II. Participants agreed to record the meeting."] },
      { heading: "2. Charter approval", paragraphs: ["The background and the objectives of the working group were explained", "Anriette went through the paragraphs of the charter"] },
      {
        heading: "PURPOSE AND APPROACH",
        paragraphs: ["Most of the participants agreed that the implementation activities", "It was observed that representatives from UNDESA", "Some people observed that the objectives of the working group", "It was also requested to specify that the working group should explore extensively the IGF strengths and the shortcomings."],
      },
      {
        heading: "PROPOSED WG ACTIVITIES IN 2020",
        paragraphs: ["There were several requests to be more specific", "Someone proposed to operationalize", "It was asked to participants if research papers", "Someone observed that could be useful", "Someone reinforced the importance", "Someone expressed interest to initiate", "There was a suggestion to inform the co-champions about the working group activities after the approval of the charter."],
      },
      {
        heading: "3. Priorities and next steps",
        paragraphs: ["Approve the charter. Anriette will send the revised version to the working group. Approval to be reached by email.", "Participants to comment on the Google doc", "Participants to propose via email", "Anriette to share the research paper she mentioned during the call.", "Next call will take place in the third week of July."],
      },
    ],
  },
  {
    file: "004_92043ab864467699.txt",
    style: "pdf",
    people: participants004,
    series: "IGF 2020 MAG’s Working Group (WG) on IGF Strengthening and Strategy (WG-Strategy)",
    title: "Online Meeting 5",
    startsAt: "2020-08-27T14:00:00.000Z",
    participants: 26,
    preamble: [
      "The fifth online meeting of the IGF 2020 MAG’s Working Group (WG) on IGF Strengthening and Strategy (WG-Strategy) was hosted on 27 August 2020 at 14:00 p.m. UTC.",
      "The co-chairs opened the meeting by introducing the agenda",
      "Possible implementation models for the Roadmap’s High-level body",
      "Strengthening IGF outcomes",
      "Improvements to the IGF",
      "The facilitator for each of the above-named work groups",
    ],
    sections: [
      {
        heading: "A. Possible implementation models for the Roadmap’s High-level body",
        paragraphs: [
          "Output document: https://docs.google.com/document/d/1zk8D2ub1D9yY4y5mznDbGuqZPDdZi6NjlV38Jsv4FkI/edit?usp=sharing",
          "Summary of key points: Forming of the Roadmap’s proposed new multistakeholder high-level body",
          "Unlike option A, option B proposed",
          "Participants engaged in commenting on the two presented options.",
          "Some also advised that the wording in all output documents",
          "Next Steps: By the next WG’s meeting (10 September), WG group members to provide feedback directly to the document for further consideration for integration.",
        ],
      },
      {
        heading: "B. Improvements to the IGF",
        paragraphs: [
          "Output documents: https://docs.google.com/document/d/1lutZTnFaGLhMm-QK3hSb2ZNv4i3f658LTLWguT-OT8Y/edit and https://drive.google.com/file/d/1UEBjVU45gsTL1tuNIH8m6Mk7pIczz3Ms/view",
          "Summary of key points: The facilitator has gathered all 58 proposals",
          "Next Steps: In the next 10 days, the group should provide feedback on both documents; and prioritize up to 10 proposals out of the listed 58. The facilitator will then integrate these in the output document to the extent possible by the next WG’s meeting (10 September).",
        ],
      },
      {
        heading: "C. Strengthening the IGF outcomes",
        paragraphs: ["Output documents: https://docs.google.com/document/d/1_DIq4a6D3lvv89QGbCpbd36kos4KyD6iGc_w4w_RAO4/edit#heading=h.juck72nlha3c", "Summary of key points: Received feedback is integrated", "Next Steps: By 7 September, participants to provide feedback"],
      },
      {
        heading: "Forming a response to the Options Paper document",
        paragraphs: [
          "The WG discussed the next steps regarding providing a consolidated response",
          "Participant were invited to coment within the next seven days",
          "Modalities for having the Dynamic Coalitions and Best Practice Forums as part of the Cooperation Accelerator or Policy Incubator. Could the WG propose one possible solution to this?",
          "How to create better linkages between the IGF Plus and other decision-making bodies?",
          "The facilitator will prepare up to two pages of the final response",
          "The MAG Chair reminded that the series of MAG-Chair-led online discussions",
          "In closing, the Secretariat for Digital Cooperation informed participants",
        ],
      },
      // Issue 13: the "Next meeting:" line has a section of its own (it sat under the last section).
      { heading: "Next meeting", paragraphs: ["Next meeting: The next meeting of this WG is planned for 10 September at 14:00 UTC."] },
    ],
  },
];

/** Our reports always; the real seeds as well when they are there. */
export const EXPECTED_SUMMARIES = withSeeds(OWN_SUMMARIES, SEED_SUMMARIES);
