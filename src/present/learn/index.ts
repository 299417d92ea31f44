/**
 * Predict-then-check: challenges about the loaded cluster whose answers the model computes, the
 * guide's interview questions as scenarios, and the guide's use-case table as an advisor.
 */
export { expectedText, grade, NONE, type Challenge, type ChallengeAnswer, type DnsReveal, type GivenAnswer, type Grade, type PacketReveal, type Reveal, type RevealTab } from './challenge.ts';
export { INTERVIEW_SCENARIOS, interviewChallenges, type InterviewScenario } from './interview.ts';
export { generateChallenges, MAX_GENERATED, type Rebuild } from './generate.ts';
export {
  ADVISOR_QUESTIONS,
  advise,
  advisorPath,
  nextQuestion,
  USE_CASES,
  type Advice,
  type AdvisorAnswers,
  type AdvisorQuestion,
  type AdvisorQuestionId,
  type UseCaseRow,
} from './advisor.ts';
