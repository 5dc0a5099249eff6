/**
 * How the tool words a problem: `file: field: message`, or `file: message` where no one field is at fault.
 * @param {string} file
 * @param {string} message
 * @param {string} [field]
 * @returns {string}
 */
export function problemText(file, message, field) {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`
}

/** A problem a curator can act on: which file, which field, what is wrong. */
export class PipelineError extends Error {
  /**
   * @param {string} file
   * @param {string} message
   * @param {string} [field]
   */
  constructor(file, message, field) {
    super(problemText(file, message, field))
    this.name = 'PipelineError'
    this.file = file
    this.field = field
  }
}
