"""The analyst page in a real browser against a real server."""

from __future__ import annotations

from playwright.sync_api import Page, expect

ARTICLE = (
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met his Iranian counterpart "
    "on Tuesday to discuss the nuclear talks, the ministry said."
)


def test_search_shows_scored_results_with_reasons(page: Page) -> None:
    page.goto("/")
    page.fill("#q", "Sergey Lavrov")
    first = page.locator("#results > li").first
    expect(first).to_have_attribute("data-id", "ofac-35233")
    expect(first).to_have_class("result match")
    expect(first.locator(".reasons li").first).to_contain_text("Sergey")
    width = first.locator(".scorebar span").evaluate("node => node.style.width")
    assert width == "100%"
    expect(page.locator("#facets [data-facet=countries]")).to_contain_text("Russia")


def test_entity_page_lists_names_sanctions_and_history(page: Page) -> None:
    page.goto("/#/entity/gb-hmt-14197")
    expect(page.locator("#entity h1")).to_have_text("Sergei Viktorovich LAVROV")
    expect(page.locator("#entity-names")).to_contain_text("Sergey LAVROV")
    sanctions = page.locator("#entity-sanctions")
    expect(sanctions).to_contain_text("HM Treasury Office of Financial Sanctions Implementation")
    expect(sanctions).to_contain_text("2022-02-25")
    expect(page.locator("#entity-history li").first).to_contain_text("added in gb_hmt_sanctions")


def test_review_is_shown_on_a_later_search(page: Page) -> None:
    page.goto("/")
    page.fill("#q", "Sergei Lavrov")
    item = page.locator("#results > li[data-id='gb-hmt-14197']")
    item.locator(".review-form input").fill("same person, UK listing")
    item.get_by_role("button", name="False positive").click()
    expect(item.locator(".review-form .meta")).to_have_text("Saved: false positive")
    page.fill("#q", "")
    page.fill("#q", "Sergei Lavrov")
    badge = page.locator("#results > li[data-id='gb-hmt-14197'] .badge.false_positive")
    expect(badge).to_have_text("reviewed: false positive")


def test_scan_highlights_lavrov(page: Page) -> None:
    page.goto("/#/scan")
    page.fill("#scan-text", ARTICLE)
    page.click("#scan-form button")
    mark = page.locator("#scan-output mark[data-entity]").first
    expect(mark).to_have_text("Sergei Lavrov", timeout=90_000)
    assert mark.get_attribute("data-entity") in {"ofac-35233", "gb-hmt-14197"}


def test_dashboard_draws_charts(page: Page) -> None:
    page.goto("/#/dashboard")
    expect(page.locator("#chart-country svg rect").first).to_be_visible(timeout=90_000)
    assert page.locator("#chart-time svg rect").count() > 12
    expect(page.locator("#chart-country svg")).to_contain_text("ru")
