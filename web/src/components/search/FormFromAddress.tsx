// The static search page is exported once for every address, so its form is empty and its boxes unticked, while the
// server writes the address's results beside it. This tiny inline script, at the end of the form, fills the form
// from the address as the page is parsed (before the first paint, long before the app's scripts run), so the form
// shows the search the results answer, and a search sent before hydration starts from it (the box already ticked
// stays ticked). React does not run it again when it hydrates the page; useTypedText then keeps what it wrote.
// Plain ES5 with no '<', '>' or '&', so it needs no escaping inside the HTML (as earlyProfileFetch's).
const SCRIPT = `(function(){var s=document.currentScript,f=s?s.parentNode:null;if(!f||!window.URLSearchParams)return;`
  + `var p=new URLSearchParams(location.search),q=f.querySelector('#search-q'),c=f.querySelector('#search-city');`
  + `if(q)q.value=(p.get('q')||'').slice(0,200);if(c)c.value=(p.get('city')||'').slice(0,100);`
  + `var a=p.getAll('availability'),b=f.querySelectorAll('input[name=availability]');`
  + `for(var i=0;i!==b.length;i++)b[i].checked=a.indexOf(b[i].value)!==-1})();`;

export function FormFromAddress() {
  return <script>{SCRIPT}</script>;
}
