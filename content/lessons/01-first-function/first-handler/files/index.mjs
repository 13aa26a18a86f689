// Lambda calls this function with the event that triggered it and a context object.
// An async handler returns its response; Lambda turns it into JSON for the caller.
export const handler = async (event, context) => {
  // TODO: greet the caller by name: return { message: "Hello, <name>!" } using event.name
  return { message: 'Hello, world!' };
};
