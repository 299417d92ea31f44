export { ChallengePanel, type ChallengePanelProps } from './ChallengePanel.tsx';
export { UseCaseAdvisor, type UseCaseAdvisorProps } from './UseCaseAdvisor.tsx';
export { countProgress, loadProgress, PROGRESS_KEY, recordAnswer, saveProgress, type ChallengeProgress, type Progress, type ProgressCount, type ProgressStorage } from './progress.ts';
