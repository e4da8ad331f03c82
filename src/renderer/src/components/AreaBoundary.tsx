import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { EmptyState } from './EmptyState';

interface Props {
  /** The area's name, as the navigation shows it. */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload this area": the area mounts afresh (its stores keep their data). */
  generation: number;
}

/**
 * A render error in one area shows a message there, with a way back, instead of React unmounting
 * the whole window (a blank page). The navigation and the other areas keep working.
 */
export class AreaBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.label} area stopped on an error`, error, info.componentStack);
  }

  private readonly reload = (): void => this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render(): ReactNode {
    const { error, generation } = this.state;
    if (!error) return <Fragment key={generation}>{this.props.children}</Fragment>;
    return (
      <div role="alert">
        <EmptyState
          icon="⚠"
          title={`${this.props.label} stopped working`}
          action={
            <button type="button" className="button primary" onClick={this.reload}>
              Reload this area
            </button>
          }
        >
          <p>
            Something in this area failed ({error.message || error.name}). Your saved work is kept, and the other areas still work. If
            reloading brings the same message back, please report it.
          </p>
        </EmptyState>
      </div>
    );
  }
}
