// A place in a static page where `./tad serve` writes a first view of the page's data (the profile, or the first
// page of search results) per request, so it paints before the framework's JavaScript has loaded.
//
// React keeps what the server put inside: an element whose content is given as raw HTML (the prop below) has no
// child fibers, so hydration neither compares nor removes its children (suppressHydrationWarning silences the
// development build's innerHTML comparison), and React only writes innerHTML when __html changes, which this
// constant never does. The content is never built from strings on the client; '' is the only HTML set here.
const KEEP_SERVER_HTML = Object.freeze({ __html: '' });

export function ServerSlot({ id }: { id: string }) {
  return <div id={id} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />;
}
