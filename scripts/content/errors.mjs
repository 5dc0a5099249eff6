/** A problem a curator can act on: which file, which field, what is wrong. */
export class PipelineError extends Error {
  constructor(file, message, field) {
    super(field ? `${file}: ${field}: ${message}` : `${file}: ${message}`)
    this.name = 'PipelineError'
    this.file = file
    this.field = field
  }
}
