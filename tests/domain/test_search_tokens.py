"""The n-gram tokens of a meeting's text and the index query of a search, worked out by hand."""

from __future__ import annotations

from dangjian_desktop.domain.search import IndexQuery, contains, index_query, runs, search_tokens


def test_runs_end_at_punctuation_spaces_and_line_breaks_and_are_lowercased():
    assert runs("学习贯彻，二十大精神\nPPT 第2次") == ["学习贯彻", "二十大精神", "ppt", "第2次"]
    assert runs("、（）——") == []
    assert runs("") == []


def test_every_character_is_a_unigram_and_every_adjacent_pair_inside_a_run_a_bigram():
    t = search_tokens("党员大会，学习")
    assert t.unigrams == "党 员 大 会 学 习"
    # the separator "0" stands between the runs: 会学 is no bigram (a comma stands between them)
    assert t.bigrams == "党员 员大 大会 0 学习"


def test_latin_and_digits_are_ngrams_too_and_a_one_character_run_has_no_bigram():
    t = search_tokens("A，第3次 Dang")
    assert t.unigrams == "a 第 3 次 d a n g"
    assert t.bigrams == "第3 3次 0 da an ng"


def test_one_character_is_one_unigram_two_characters_one_bigram_longer_a_phrase():
    assert index_query(["党"]) == IndexQuery((("unigrams", "党"),), exact=True)
    assert index_query(["党员"]) == IndexQuery((("bigrams", "党员"),), exact=True)
    assert index_query(["安全生产"]) == IndexQuery((("bigrams", "安全 全生 生产"),), exact=True)
    assert index_query(["Jian"]) == IndexQuery((("bigrams", "ji ia an"),), exact=True)


def test_a_term_with_punctuation_is_the_and_of_its_runs_and_not_exact():
    assert index_query(["党员，大会"]) == IndexQuery((("bigrams", "党员"), ("bigrams", "大会")), exact=False)
    assert index_query(["党员", "党员"]) == IndexQuery((("bigrams", "党员"),), exact=True)  # asked once
    assert index_query(["、"]) == IndexQuery((), exact=False)  # nothing the index knows


def test_contains_ignores_case_and_needs_every_term():
    assert contains("学习 DangJian 软件", ["dangjian", "学习"])
    assert not contains("学习 DangJian 软件", ["dangjian", "考试"])
