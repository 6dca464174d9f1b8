import { redactValue } from '../../privacy/redact-value.js';
import type { Language } from '../../rules/messages.js';
import type { DomainProblem } from '../types.js';
import { boundViolations, MAX_LISTED_VIOLATIONS } from './bound-violations.js';
import type { CoreViolation } from './core-messages.js';
import {
  type CoreProblemSlug,
  PROBLEM_CATALOGUE,
  type ProblemParams,
} from './problem-catalogue.js';
import { PROBLEM_MEDIA_TYPE, type Reply } from './reply.js';

const TYPE_PREFIX = 'urn:microf1:problem:';

/** What else a problem may carry: the violations, extension members and response headers. */
export interface ProblemExtras {
  readonly errors?: readonly CoreViolation[];
  readonly extensions?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Renders a problem of the core's catalogue in a language, as an `application/problem+json` reply.
 *
 * @example
 * renderCoreProblem('payload-too-large', 'en', { limit: 1048576 }, { extensions: { limit_bytes: 1048576 } });
 */
export function renderCoreProblem(
  slug: CoreProblemSlug,
  language: Language,
  params: ProblemParams = {},
  extras: ProblemExtras = {},
): Reply {
  const kind = PROBLEM_CATALOGUE[slug];
  const detail = kind.detail(params);
  return renderProblem(slug, kind.status, kind.title[language], detail[language], extras);
}

/** Renders a problem the domain decided (a duplicate, an unknown credit) in a language. */
export function renderDomainProblem(problem: DomainProblem, language: Language): Reply {
  const errors = problem.errors?.map((error) => ({
    pointer: error.pointer,
    code: error.code,
    message: error.message[language],
  }));
  return renderProblem(
    problem.type,
    problem.status,
    problem.title[language],
    problem.detail[language],
    {
      ...(errors === undefined ? {} : { errors }),
      ...(problem.extensions === undefined ? {} : { extensions: problem.extensions }),
    },
  );
}

/**
 * The one renderer of RFC 9457 problem bodies. Every text of the body (detail, pointers,
 * messages, extension members) may quote what the client sent: card numbers in it are masked.
 */
function renderProblem(
  slug: string,
  status: number,
  title: string,
  detail: string,
  extras: ProblemExtras,
): Reply {
  const json: Record<string, unknown> = {
    type: `${TYPE_PREFIX}${slug}`,
    title,
    status,
    detail,
    ...extras.extensions,
  };
  if (extras.errors !== undefined) {
    json.errors = boundViolations(extras.errors, MAX_LISTED_VIOLATIONS).map(
      ({ pointer, code, message }) => ({ pointer, code, message }),
    );
  }
  const reply: Reply = {
    status,
    contentType: PROBLEM_MEDIA_TYPE,
    json: redactValue(json, 'public'),
  };
  return extras.headers === undefined ? reply : { ...reply, headers: extras.headers };
}
