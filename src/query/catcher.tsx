import { Component, type ErrorInfo, type ReactNode, useEffect } from 'react';

type CatcherProps = {
  children?: ReactNode;
  onCatch: (error: unknown, info: ErrorInfo) => void;
};

// Catches below the banner, so that a failed retry changes the banner still on screen instead of
// unmounting it (React remounts everything a boundary renders when it catches).
export class Catcher extends Component<CatcherProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onCatch(error, info);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

// Its effect runs after those of everything rendered before it: by then the children's queries
// have subscribed, and started the fetches their options allow. A new retry is a new `onMount`.
export function AfterChildren({ onMount }: { onMount: () => void }) {
  useEffect(() => onMount(), [onMount]);
  return null;
}
