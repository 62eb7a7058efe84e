import { localDay } from '../lib/today';

/**
 * Saves a file the page made (progress export, the plan in Word or Markdown, the room's results)
 * the way a download link would: one helper, so every file is offered alike and dated alike
 * (« {date} » in `name` becomes the learner's day). Returns the name given to the file. The
 * temporary address is released after a while (a browser may still be reading it when click()
 * returns).
 */
export function saveFile(blob: Blob, name: string): string {
  const file = name.replace('{date}', localDay());
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  // In the document: some browsers ignore a click on a link that is not.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file;
}
