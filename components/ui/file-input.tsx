"use client";

import { useEffect, useId, useRef, useState, type ComponentProps } from "react";
import { acceptAttribute, ALL_FILE_KINDS, FILE_KINDS, formatBytes, kindList, tooLargeMessage, uploadHint, type FileKind } from "@/lib/files/kinds";
import { cn } from "./cn";

/** The platform's default upload limit (MAX_UPLOAD_MB); pages pass config.maxUploadBytes when it differs. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

type FileInputProps = {
  label: string;
  /** Name of the field in the form's FormData (default "file"). */
  name?: string;
  /** Kinds the field takes; the server checks the content, this only guides the choice. */
  kinds?: readonly FileKind[];
  maxBytes?: number;
  /** Instead of the generated "PDF, DOCX, ODT, DOC, JPEG или PNG, до 20 МБ". */
  hint?: string;
  /** The server's message for this field (ActionResult.fieldErrors.file). */
  error?: string;
  /** Called with the chosen file, or null when the choice is cleared or refused here. */
  onFileChange?: (file: File | null) => void;
} & Omit<ComponentProps<"input">, "type" | "name" | "accept" | "onChange" | "multiple">;

/**
 * A labelled file field: the accepted formats and the limit under it, the chosen file's name and
 * size, and the error right below. A file over the limit or of a format the field does not take
 * is refused here (and the choice cleared), before a 20 MB upload is sent for nothing; the server
 * still decides by the content. Works in any <form> through FormData.
 */
export function FileInput({ label, name = "file", kinds = ALL_FILE_KINDS, maxBytes = DEFAULT_MAX_UPLOAD_BYTES, hint, error, onFileChange, className, ...props }: FileInputProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const shownError = localError ?? error;

  // form.reset() clears the input; the name shown must go with it.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const clear = () => {
      setChosen(null);
      setLocalError(null);
    };
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);

  function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0] ?? null;
    setLocalError(null);
    if (!file) {
      setChosen(null);
      onFileChange?.(null);
      return;
    }
    const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
    const refusal =
      file.size > maxBytes
        ? tooLargeMessage(file.size, maxBytes)
        : file.size === 0
          ? "Файл пустой. Выберите файл с содержимым."
          : !kinds.some((k) => FILE_KINDS[k].extensions.includes(extension))
            ? `Файл «${file.name}» не подходит: здесь принимаются ${kindList(kinds)}.`
            : null;
    if (refusal) {
      event.target.value = "";
      setChosen(null);
      setLocalError(refusal);
      onFileChange?.(null);
      return;
    }
    setChosen({ name: file.name, size: file.size });
    onFileChange?.(file);
  }

  const hintId = `${id}-hint`;
  const chosenId = `${id}-chosen`;
  const errorId = `${id}-error`;
  const describedBy = [chosenId, hintId, shownError ? errorId : null].filter(Boolean).join(" ");
  // The browser's own button speaks the browser's language; this one always speaks Russian. The
  // real input stays in the tab order (visually hidden): Enter or Space opens the file dialog.
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div
        className={cn(
          "mt-1 flex items-center gap-3 rounded-lg border bg-white p-1.5 shadow-sm focus-within:ring-2",
          shownError ? "border-red-400 focus-within:ring-red-200" : "border-slate-300 focus-within:border-brand-500 focus-within:ring-brand-100",
          props.disabled ? "opacity-60" : "cursor-pointer",
          className,
        )}
        onClick={() => input.current?.click()}
        role="presentation"
      >
        <input
          {...props}
          ref={input}
          id={id}
          type="file"
          name={name}
          accept={acceptAttribute(kinds)}
          onChange={onChange}
          onClick={(event) => event.stopPropagation()}
          aria-describedby={describedBy}
          aria-invalid={shownError ? true : undefined}
          className="sr-only"
        />
        <span aria-hidden="true" className="shrink-0 rounded-md bg-slate-100 px-3 py-1.5 text-sm font-medium text-slate-800">
          {chosen ? "Выбрать другой" : "Выбрать файл"}
        </span>
        <span id={chosenId} className="min-w-0 truncate text-sm text-slate-700">
          {chosen ? (
            <>
              Выбран файл: <span className="font-medium">{chosen.name}</span> ({formatBytes(chosen.size)})
            </>
          ) : (
            <span className="text-slate-500">Файл не выбран</span>
          )}
        </span>
      </div>
      <p id={hintId} className="mt-1 text-xs text-slate-500">
        {hint ?? uploadHint(kinds, maxBytes)}
      </p>
      {shownError ? (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {shownError}
        </p>
      ) : null}
    </div>
  );
}
