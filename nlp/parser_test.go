package nlp

import "testing"

// projective reports whether no two arcs of the tree cross.
func projective(heads []int32) bool {
	for d, h := range heads {
		a, b := min(int(h), d), max(int(h), d)
		for d2, h2 := range heads {
			c, e := min(int(h2), d2), max(int(h2), d2)
			if (c > a && c < b && e > b) || (e > a && e < b && c < a) {
				return false
			}
		}
	}
	return true
}

// TestOracleRebuildsGold checks the arc-hybrid move costs: always taking a
// zero-cost move must rebuild every projective gold tree of the dev
// treebank exactly, and a projective tree always has a zero-cost move.
func TestOracleRebuildsGold(t *testing.T) {
	dev := readUD(t, "dev")
	var st pstate
	var ws []wordInfo
	checked := 0
	for si := range dev {
		s := &dev[si]
		n := len(s.Tokens)
		gold := make([]int32, n)
		for i, tk := range s.Tokens {
			gold[i] = int32(tk.Head)
			if tk.Head < 0 {
				gold[i] = int32(n) // the root sits at the end of the buffer
			}
		}
		if !projective(gold) {
			continue
		}
		checked++
		ws = describeAll(ws[:0], s)
		st.reset(ws, make([]int32, n))
		for !st.done() {
			move := -1
			for m := 0; m < nMoves; m++ {
				if st.valid(m) && st.cost(m, gold) == 0 {
					move = m
					break
				}
			}
			if move < 0 {
				t.Fatalf("sentence %d: no zero-cost move", si+1)
			}
			st.apply(move, 0)
		}
		for i := 0; i < n; i++ {
			if st.head[i] != gold[i] {
				t.Fatalf("sentence %d word %d: oracle head %d, gold %d", si+1, i+1, st.head[i], gold[i])
			}
		}
	}
	if checked < 1500 {
		t.Errorf("only %d projective sentences checked", checked)
	}
}
