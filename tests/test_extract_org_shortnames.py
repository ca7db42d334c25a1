"""Organisations named without an institutional word: Chinese short names and list labels before a sum."""

from briefkit.extract.orgcredits import only_as_tag
from briefkit.extract.orgknown import known_chinese_bodies


def test_chinese_short_names_of_blocs_and_firms_are_bodies() -> None:
    text = "今年我国对东盟、欧盟出口增长，中石化和台電的利润下降，港鐵票价不变。"
    found = known_chinese_bodies(text)
    for name in ("东盟", "欧盟", "中石化", "台電", "港鐵"):
        assert name in found


def test_chinese_short_names_inside_common_words_are_not() -> None:
    text = "他买了一台电脑，其中油价上涨，香港鐵路公司公布新线。"
    found = known_chinese_bodies(text)
    assert "台电" not in found and "中油" not in found and "港鐵" not in found


def test_a_ministry_labelling_its_allocation_is_no_credit_tag() -> None:
    text = "The budget lists:\nMinistry of Defence: Rs. 140 billion\nMinistry of Health: $2.5 billion"
    assert not only_as_tag("Ministry of Defence", text)
    assert not only_as_tag("Ministry of Health", text)


def test_an_outlet_opening_a_line_before_its_story_is_still_a_tag() -> None:
    assert only_as_tag("BBC", "BBC: The economy grew by 2% last year.")


def test_a_common_word_before_a_centre_or_a_count_of_companies_names_no_body() -> None:
    from briefkit.extract.entities_zh import chinese_organisations

    found = chinese_organisations("该市将建设一个服装产业中心。今年共有2381家盈利公司，民办学校增加。")
    assert "产业中心" not in found and "盈利公司" not in found and "民办学校" not in found


def test_a_zones_management_committee_after_its_party_committee_is_a_body() -> None:
    found = known_chinese_bodies("在高新区党工委、管委会的领导下，园区产值增长12%。")
    assert "管委会" in found
    assert "管委会" not in known_chinese_bodies("管委会主任说，产值增长12%。")


def test_a_chinese_agencys_reporters_byline_credits_it_and_its_photo_tag_does_not() -> None:
    from briefkit.extract.orgcredits import credited, named_in_text

    assert credited("新华社", ["新华社北京3月5日电", "新华社记者王明、李华"]) == "新华社"
    assert named_in_text("新华社", "今年粮食增产。\n新华社记者 王明\n产量增长3%。")
    assert only_as_tag("新华社", "工人在装运玉米。新华社图\n产量增长3%。")


def test_a_citys_customs_is_a_body_and_no_district() -> None:
    from briefkit.extract.counties_zh import seated_stems
    from briefkit.extract.entities_zh import chinese_organisations

    text = "据深圳海关统计，9月份进出口增长5%。"
    assert "深圳海关" in chinese_organisations(text)
    assert "海关" not in seated_stems(text, lambda word: word == "深圳")


def test_a_clause_run_into_a_lists_first_firm_is_cut_off() -> None:
    from briefkit.extract.entities_zh import chinese_organisations

    found = chinese_organisations("推介会上，吸引到西门子、腾讯、华为等111家知名企业参加。")
    assert "西门子" in found and not any(n.startswith("吸引") for n in found)
