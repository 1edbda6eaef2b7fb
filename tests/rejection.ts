import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The expected error a call fails with (its Russian message and field errors); fails the test if it succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
