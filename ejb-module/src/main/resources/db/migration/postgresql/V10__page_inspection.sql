-- Issue 19 item 4 (界面巡检 in a headless browser, 000 8.2.3 c; 003 6.7.3): what the browser found on
-- an app's page, kept with the page's inspection record; null for interfaces and for pages that
-- were not rendered. The lists hold the first few findings, one a line; the screenshot is a name in
-- the file store (InspectionFileKind.PAGE_SCREENSHOT).
alter table ow_inspection_record add column browser_check varchar(16);
alter table ow_inspection_record add constraint ow_inspection_record_browser_check_check check (browser_check in
    ('RENDERED','TIMED_OUT','NOT_AVAILABLE'));
alter table ow_inspection_record add column render_errors integer;
alter table ow_inspection_record add column render_messages varchar(1100);
alter table ow_inspection_record add column broken_links integer;
alter table ow_inspection_record add column broken_link_urls varchar(1100);
alter table ow_inspection_record add column links_checked integer;
alter table ow_inspection_record add column mixed_content integer;
alter table ow_inspection_record add column mixed_content_urls varchar(1100);
alter table ow_inspection_record add column page_bytes bigint;
alter table ow_inspection_record add column screenshot varchar(80);
