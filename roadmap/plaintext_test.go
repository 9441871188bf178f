package roadmap

import "testing"

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"Pre-training requires massive datasets (e.g., [Llama 3.1](https://arxiv.org/abs/2307.09288) was trained)": "Pre-training requires massive datasets (e.g., Llama 3.1 was trained)",
		"Use **vLLM** or `llama.cpp` for *fast* inference":                                                         "Use vLLM or llama.cpp for fast inference",
		"snake_case_name and foo_bar_ baz stay":                                                                    "snake_case_name and foo_bar_ baz stay",
		"__strong__ text":                                                                                          "strong text",
		"a [bracket] and a * star and 2 * 3":                                                                       "a [bracket] and a * star and 2 * 3",
		"[**Bold link**](https://x.y)":                                                                             "Bold link",
		"unclosed [link](https://x.y":                                                                              "unclosed [link](https://x.y",
		"":                                                                                                         "",
	} {
		if got := PlainText(in); got != want {
			t.Errorf("PlainText(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzPlainText(f *testing.F) {
	f.Add("see [x](http://a) and **b** `c` _d_")
	f.Fuzz(func(t *testing.T, s string) {
		if got := PlainText(s); len(got) > len(s) {
			t.Fatalf("PlainText grew %q to %q", s, got)
		}
	})
}
