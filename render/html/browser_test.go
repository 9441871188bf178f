package html

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// chromium finds the browser (see tooltest.Chromium).
func chromium(t *testing.T) string {
	t.Helper()
	return tooltest.Chromium(t)
}

// pageOf writes the page of the roadmap in src to a file and returns its
// file: URL.
func pageOf(t *testing.T, src string) string {
	t.Helper()
	r, err := roadmap.Parse(strings.NewReader(src), "page.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return writePage(t, r)
}

// writePage lays r out, writes its page to a file and returns its URL.
func writePage(t *testing.T, r *roadmap.Roadmap) string {
	t.Helper()
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, d, Options{Outline: render.OutlineOf(d, nil, r)}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// browse starts headless Chromium for the test.
func browse(t *testing.T) context.Context {
	t.Helper()
	bin := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// tab drives one page in the browser, failing the test at the first
// error.
type tab struct {
	t   *testing.T
	ctx context.Context
}

// do runs actions.
func (b tab) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatal(err)
	}
}

// text returns the text of the element sel finds.
func (b tab) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatal(err)
	}
	return s
}

// is evaluates a JavaScript condition.
func (b tab) is(expr string) bool {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// str evaluates a JavaScript expression giving a string.
func (b tab) str(expr string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// topic is the light picture's node of an item.
func topic(id string) chromedp.CSS {
	return chromedp.CSS(`.picture.light g.node.item[data-item="` + id + `"]`)
}

func TestPageInChromium(t *testing.T) {
	b := tab{t, browse(t)}
	r, err := roadmap.Load(filepath.Join("..", "..", "examples", "scientist.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	page := writePage(t, r)
	tok := r.Sections[0].Topics[1] // Tokenization
	node := `document.querySelector('.picture.light g.node.item[data-item="` + tok.ID + `"]')`
	// The click is on the label: the middle of the box may be its
	// prerequisite chip, a link of its own.
	b.do(chromedp.Navigate(page), chromedp.WaitVisible(topic(tok.ID)), chromedp.Click(topic(tok.ID)+" text.label"),
		chromedp.WaitVisible(chromedp.ID("panel")))
	if desc := b.text("#panel-desc"); strings.TrimSpace(desc) != strings.TrimSpace(tok.Description) {
		t.Errorf("panel shows %q, want the topic's description %q", desc, tok.Description)
	}
	b.do(chromedp.SendKeys(chromedp.ID("search"), "tokeniz"))
	want := matches(r, "tokeniz")
	got := b.str(`[...document.querySelectorAll(".picture.light g.node.item.match")].map(g => g.dataset.item).join(" ")`)
	if count := b.text("#count"); count != fmt.Sprintf("%d matches", len(want)) || got != strings.Join(want, " ") {
		t.Errorf("search for tokeniz: %q highlighted (%s), want %q", got, count, want)
	}
	b.do(chromedp.Click(chromedp.CSS(`#ticks button[data-status="done"]`)), chromedp.Reload(), chromedp.WaitVisible(topic(tok.ID)))
	if !b.is(node + `.classList.contains("tick-done")`) {
		t.Error("the tick did not survive a reload")
	}
	if yaml := b.str(`window.roadmapPage.progressYAML()`); !strings.Contains(yaml, `"`+tok.ID+`": done`) {
		t.Errorf("exported progress %q lacks the tick", yaml)
	}
}

// matches lists the sections and topics of r whose title, description or
// resources hold q, in reading order.
func matches(r *roadmap.Roadmap, q string) []string {
	var ids []string
	has := func(title, desc string, rs []roadmap.Resource) bool {
		text := title + "\n" + desc
		for _, res := range rs {
			text += "\n" + res.Title + " " + res.Author
		}
		return strings.Contains(strings.ToLower(text), q)
	}
	for _, s := range r.Sections {
		if has(s.Title, s.Description, s.Resources) {
			ids = append(ids, s.ID)
		}
		for _, t := range s.Topics {
			if has(t.Title, t.Description, t.Resources) {
				ids = append(ids, t.ID)
			}
		}
	}
	return ids
}

func TestPageKeyboardHashAndDarkMode(t *testing.T) {
	b := tab{t, browse(t)}
	page := pageOf(t, "title: Keys\nsections:\n  - title: First\n    description: The first step.\n    topics:\n      - title: Alpha\n        description: About alpha.\n        resources:\n          - {title: Alpha paper, url: 'https://example.com/a', author: A. Author}\n")
	b.do(chromedp.Navigate(page+"#first/alpha"), chromedp.WaitVisible(chromedp.ID("panel")))
	if title, link := b.text("#panel-title"), b.str(`document.querySelector("#panel-res a").href + " " + document.querySelector("#panel-res a").target`); title != "Alpha" || link != "https://example.com/a _blank" {
		t.Errorf("#first/alpha opened %q with resource link %q", title, link)
	}
	b.do(chromedp.KeyEvent("\x1b"))
	if !b.is(`document.getElementById("panel").hidden`) {
		t.Error("Escape did not close the panel")
	}
	b.do(chromedp.Focus(topic("first")), chromedp.KeyEvent("\r"), chromedp.WaitVisible(chromedp.ID("panel")))
	if title := b.text("#panel-title"); title != "First" {
		t.Errorf("Enter on the focused section opened %q, want First", title)
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}); err != nil {
		t.Fatal(err)
	}
	if !b.is(`getComputedStyle(document.querySelector(".picture.dark")).display !== "none" && getComputedStyle(document.querySelector(".picture.light")).display === "none"`) {
		t.Error("the dark picture is not the one shown when the system prefers dark")
	}
}

// No text of a roadmap can run script in its page: the page's policy
// allows only its own script, and every text is shown as text.
func TestPageHostileTextStaysText(t *testing.T) {
	b := tab{t, browse(t)}
	evil := `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">`
	page := pageOf(t, "title: 'Evil "+strings.ReplaceAll(evil, "'", "''")+"'\nsections:\n  - title: S\n    topics:\n      - title: T\n        description: '"+evil+"'\n")
	b.do(chromedp.Navigate(page+"#s/t"), chromedp.WaitVisible(chromedp.ID("panel")))
	if desc := b.text("#panel-desc"); desc != evil || b.is(`window.pwned !== undefined`) {
		t.Errorf("hostile text: script ran %v; panel shows %q", b.is(`window.pwned !== undefined`), desc)
	}
}
