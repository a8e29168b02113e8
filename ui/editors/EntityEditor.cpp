#include "editors/EntityEditor.h"

#include "common/RegionPicker.h"
#include "document/FilingDocument.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

EntityEditor::EntityEditor(FilingDocument &document, QWidget *parent) : FormPage(document, parent)
{
    addSection([] { return tr("Filing region"); },
               [] {
                   return tr("Choose the province, city and district by name: their administrative codes below "
                             "follow by themselves. The same entity must use the same filing province on every "
                             "platform.");
               });
    // By name; the codes below stay what is stored and carry the findings.
    auto *region = new RegionPicker(this);
    addRow([] { return tr("Region"); }, region);
    connect(region, &RegionPicker::regionChosen, this, [this](const QString &p, const QString &c, const QString &d) {
        this->document().edit([] { return tr("Choose the filing region"); },
                              [p, c, d](Filing &f) {
                                  f.entity.region = Region{p, c, d, f.entity.region.extra};
                              });
    });
    auto showRegion = [this, region] {
        const Region &r = this->document().filing().entity.region;
        region->setCodes(r.province, r.city, r.district);
    };
    connect(&document, &FilingDocument::assessmentChanged, region, showRegion);
    showRegion(); // a page built after the filing was opened shows its region at once
    addLine(
        u"entity.region.province"_s, [] { return tr("Province code"); }, [] { return tr("e.g. 440000"); });
    addLine(
        u"entity.region.city"_s, [] { return tr("City code"); }, [] { return tr("e.g. 440300"); });
    addLine(
        u"entity.region.district"_s, [] { return tr("District code"); }, [] { return tr("e.g. 440305"); });

    addSection([] { return tr("Addresses"); },
               [] {
                   return tr("The registered address is copied from the business licence. The communication address "
                             "must lie in the filing region and is written without the province, city and district.");
               });
    addLine(
        u"entity.registeredAddress"_s, [] { return tr("Registered address"); },
        [] { return tr("as on the business licence"); });
    addLine(
        u"entity.mailingAddress"_s, [] { return tr("Communication address"); },
        [] { return tr("street and building, without the province, city and district"); });

    addSection([] { return tr("People responsible"); },
               [] {
                   return tr("When the entity leader is not the legal representative, an authorization letter signed "
                             "by the legal representative is needed, and the legal representative's ID number too.");
               });
    addPersonChoice(u"entity.legalRepresentative"_s, [] { return tr("Legal representative"); });
    addPersonChoice(u"entity.leader"_s, [] { return tr("Entity leader"); });
    retranslate();
}

QString EntityEditor::title() const
{
    return tr("Filing: entity");
}

} // namespace mpdesk
