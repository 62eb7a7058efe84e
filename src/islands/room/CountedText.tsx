/**
 * A text box of the room's phone with its count of characters under it (an open question's answer
 * in AnswerFields.tsx, a question to the presenter in AskPanel.tsx): the label, the box (`max`
 * characters at most), an optional hint, then the count, both read with the box.
 */
interface Props {
  /** The box's id; the hint's and the count's are made from it (« -aide », « -compte »). */
  id: string;
  name: string;
  label: string;
  rows: number;
  max: number;
  value: string;
  onInput: (text: string) => void;
  /** The count's words for n characters out of `max`. */
  count: (n: number, max: number) => string;
  hint?: string;
  /** Each place's own classes, for its style: the label, the box, the count. */
  classes?: { label?: string; box?: string; count?: string };
}

export function CountedText({ id, name, label, rows, max, value, onInput, count, hint, classes = {} }: Props) {
  return (
    <>
      <label class={classes.label} for={id}>
        {label}
      </label>
      <textarea
        class={`text-input${classes.box ? ` ${classes.box}` : ''}`}
        id={id}
        name={name}
        rows={rows}
        maxLength={max}
        aria-describedby={hint ? `${id}-aide ${id}-compte` : `${id}-compte`}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint && (
        <p class="hint" id={`${id}-aide`}>
          {hint}
        </p>
      )}
      <p class={`hint${classes.count ? ` ${classes.count}` : ''}`} id={`${id}-compte`}>
        {count([...value].length, max)}
      </p>
    </>
  );
}
