//! Clause detection: for each kind a sentence that shows it, its negation or opposite, and a
//! look-alike that must not fire; the seed policies' clauses; the OPP-115 evaluation.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use policytui::clauses::Detector;

fn kinds(text: &str) -> BTreeSet<String> {
    Detector::builtin()
        .detect(text)
        .into_iter()
        .map(|m| m.kind)
        .collect()
}

/// (kind, shows it, must not show it).
const CASES: &[(&str, &str, &str)] = &[
    // no-sale: a promise, its opposite, a look-alike.
    (
        "no-sale",
        "We will never sell your personal information to third parties.",
        "We may sell your personal information to third parties.",
    ),
    // The law quoted is not the company's promise ("Shine the Light").
    (
        "no-sale",
        "We do not disclose personal information to third parties for their direct marketing purposes.",
        "Alternately, such businesses may have in place a policy not to disclose personal information of customers to third parties for their direct marketing purposes.",
    ),
    (
        "no-sale",
        "Japan Talk does not rent, sell, or share personal information we have collected about you.",
        "We are not responsible for how advertisers sell their products.",
    ),
    (
        "no-sale",
        "No personal information about you will ever be sold.",
        "We may share information, including but not limited to, selling your data to partners.",
    ),
    (
        "no-sale",
        "We don’t sell your data.",
        "If you do not want us to share your information, contact us.",
    ),
    // sells-or-shares
    (
        "sells-or-shares",
        "We may share your email address with third parties for their own marketing purposes.",
        "We do not share your email address with third parties for their own marketing purposes.",
    ),
    (
        "sells-or-shares",
        "We may sell your personal information to data brokers.",
        "We sell products and gift cards on this site.",
    ),
    // merger-transfer
    (
        "merger-transfer",
        "In the event of a merger or acquisition, your information may be transferred to the acquiring company.",
        "We merged two newsletters into one weekly digest.",
    ),
    (
        "merger-transfer",
        "If we file for bankruptcy, customer data may be sold as an asset.",
        "We may acquire information about you from public sources.",
    ),
    // legal-disclosure
    (
        "legal-disclosure",
        "We may disclose your information in response to a subpoena or court order.",
        "This policy is governed by the laws of the State of California.",
    ),
    (
        "legal-disclosure",
        "We will share data with law enforcement when required by law.",
        "We comply with the law.",
    ),
    // advertising
    (
        "advertising",
        "Third-party ad networks may use cookies to collect information about your visits to serve targeted ads.",
        "We advertise our own events in our newsletter.",
    ),
    // tracking
    (
        "tracking",
        "We use cookies and web beacons to track your visits.",
        "We do not use cookies.",
    ),
    (
        "tracking",
        "Our pages contain pixel tags.",
        "The Do Not Track setting of your browser is respected.",
    ),
    // retention
    (
        "retention-limited",
        "We retain your data for 90 days after you close your account.",
        "We retain the right to change this policy.",
    ),
    (
        "retention-limited",
        "We keep logs for no longer than twelve months.",
        "Cookies are stored on your hard drive for a period.",
    ),
    (
        "retention-indefinite",
        "We may keep your information indefinitely.",
        "Session cookies are not permanently stored on your hard drive.",
    ),
    // access-deletion
    (
        "access-deletion",
        "You may access, correct or delete your personal information at any time.",
        "You can access our website from any device.",
    ),
    (
        "access-deletion",
        "You have the right to request a copy of the information we hold about you.",
        "We may update this privacy policy from time to time.",
    ),
    // opt-out
    (
        "opt-out",
        "You can unsubscribe from our newsletters at any time.",
        "If you choose to register, we collect your name.",
    ),
    // No choice is the opposite of one.
    (
        "opt-out",
        "You may opt out of receiving marketing emails from us.",
        "Note that you may not opt out of service-related emails.",
    ),
    (
        "opt-out",
        "You can ask that we not share your personal information with third parties.",
        "We ask that you not share your password with anyone.",
    ),
    (
        "opt-out",
        "You may also refuse to allow any further collection of your child's information.",
        "We refuse to allow anyone to use your data for marketing.",
    ),
    (
        "opt-out",
        "You may stop promotional emails at any time by contacting us.",
        "You may not stop the collection of server logs.",
    ),
    (
        "advertising",
        "Some of the ads on this site are served by third-party ad networks.",
        "Ads on this site are not served by third parties.",
    ),
    (
        "advertising",
        "We partner with ValueClick to show advertisements on other websites.",
        "We show our own advertisements for new products on this website.",
    ),
    (
        "opt-out",
        "You can set your browser to refuse cookies.",
        "Cookies help us remember your preferences.",
    ),
    // changes
    (
        "change-with-notice",
        "If we change this policy, we will notify you by email.",
        "You can change your password in your account settings.",
    ),
    (
        "change-without-notice",
        "We may change this policy at any time without notice.",
        "If we change this policy, we will notify you by email.",
    ),
    // security
    (
        "security",
        "We use SSL encryption to protect your data.",
        "Please do not send us your social security number.",
    ),
    (
        "security",
        "We maintain physical, electronic and procedural safeguards.",
        "We may disclose information to protect our legal rights and property.",
    ),
    // children
    (
        "children",
        "We do not knowingly collect information from children under 13.",
        "Our parent company is Acme Holdings.",
    ),
    // international
    (
        "international-transfer",
        "Your information may be transferred to and processed in the United States.",
        "We process your order quickly.",
    ),
    // do not track
    (
        "do-not-track",
        "We do not respond to Do Not Track signals.",
        "We do not track your location.",
    ),
    // consent by use
    (
        "consent-by-use",
        "By using this site, you agree to this privacy policy.",
        "By law, we must keep tax records.",
    ),
    // Rules added from the OPP-115 error analysis: each has a look-alike it once fired on.
    (
        "legal-disclosure",
        "In response to a subpoena or court order.",
        "We will provide you with notice of such transfer, or as otherwise required by law.",
    ),
    (
        "retention-limited",
        "We do not store credit card numbers.",
        "Please do not store your password in your browser.",
    ),
    (
        "access-deletion",
        "You can access and update your personal information in your account.",
        "We use safeguards against loss, misuse and unauthorized access or modification of your information.",
    ),
    (
        "access-deletion",
        "You may request deletion of your personal data.",
        "You may access and browse our site without disclosing your personal data.",
    ),
    (
        "access-deletion",
        "Except where needed to fulfil an order, we will delete your personal information on request by you.",
        "We will not delete your personal information on request by you.",
    ),
    (
        "access-deletion",
        "We will correct your details upon request.",
        "We may delete inactive accounts after two years, on request by the authorities.",
    ),
    (
        "opt-out",
        "You can set your browser to refuse cookies.",
        "Web beacons, also called clear GIFs, work together with cookies in your browser.",
    ),
    (
        "opt-out",
        "You can change your email preferences at any time in your account settings.",
        "Cookies help us remember your preferences, and you can browse without logging in.",
    ),
    (
        "security",
        "Please keep your password confidential and sign off when you finish.",
        "We adhere to the Safe Harbor Privacy Principles of notice, choice, onward transfer, security, data integrity, access, and enforcement.",
    ),
    (
        "no-sale",
        "Advertisers do not collect personal information on our site.",
        "We do not collect information about you from other companies.",
    ),
    // The data's side of a right, and a right the reader does not have.
    (
        "access-deletion",
        "Your address and email address can be updated or corrected by calling Customer Service.",
        "If you posted comments on our site, we may not be able to delete them.",
    ),
    // An instruction that opens with its purpose, and the same purpose named mid-sentence.
    (
        "access-deletion",
        "To delete your Rockstar Games account, sign into your Social Club account and go to Settings.",
        "You provide information to update or create your account with us (you may have more than one account).",
    ),
    (
        "access-deletion",
        "Your Options To manage and correct any inaccuracies in the information we hold about you, please email us.",
        "Also, we may ask registered users to review and consent to the changes at their next account log-in; you may decline.",
    ),
    // The verb must act on the reader's data, not on the site or a password.
    (
        "access-deletion",
        "To view or edit your personal information, please visit the My Account section.",
        "To access the Services, you may be asked to provide your personal information.",
    ),
    (
        "access-deletion",
        "To delete your account, sign in and go to Settings.",
        "To access your account, please enter your email and password.",
    ),
    // Asking to have it done.
    (
        "access-deletion",
        "Parents may request to have their child's information deleted by emailing us.",
        "We may request to have the site updated by our hosting company.",
    ),
    // Retention is how long or why data is kept, not a verb in a list of practices.
    (
        "retention-limited",
        "MediaNews will retain this information only to provide the forwarding service.",
        "We collect, retain and use information about visitors to our websites.",
    ),
    (
        "retention-indefinite",
        "Please note that copies of your information may remain in our back-up storage.",
        "Your preferences remain on your computer in a cookie until you delete it.",
    ),
    // Security asked of a recipient is a condition of sharing, not the company's safeguards.
    (
        "security",
        "We use appropriate technical measures to protect your personal information from unauthorized access.",
        "Our vendors are contractually obligated to maintain the confidentiality and security of your information.",
    ),
    // Access kept to those who need it is a safeguard; access sold to customers is not.
    (
        "security",
        "We limit access to your personal information to employees who need it to do their jobs.",
        "We limit access to our searchable resume database to paying employers and recruiters.",
    ),
    // A safeguard names what it guards against; a commitment to privacy, or an account that
    // has a password, does not.
    (
        "security",
        "We use physical and electronic safeguards to protect your data from unauthorized access.",
        "We are committed to safeguarding the privacy of our customers.",
    ),
    (
        "security",
        "We use encryption to protect the information you send us.",
        "To purchase content you may be required to create a password-protected account.",
    ),
    // A restriction on a contractor, or a request the reader can make, is not our promise.
    (
        "no-sale",
        "We do not share personal information with third parties for their own marketing.",
        "Our vendors have access to your data, but they may not share that information with any other third party.",
    ),
    // Admitting a promise cannot be kept is not a promise.
    (
        "no-sale",
        "We will never sell or rent your personal information.",
        "We cannot assure you that personal information we collect will never be disclosed.",
    ),
    // A promise about advertisers is not their practice.
    (
        "advertising",
        "Our advertisers may collect information about your visits.",
        "Advertisers do not collect personal information on our site.",
    ),
    (
        "advertising",
        "We share your email address with advertisers so they can send you offers.",
        "We share aggregate statistics about our readers with advertisers.",
    ),
    // The advertiser collects, or has cookies set by it; "we collect … to help advertisers" is
    // the site's own use.
    (
        "advertising",
        "These cookies are set through our website by our advertising partners.",
        "We use the information we collect to help advertisers reach the readers most likely to be interested.",
    ),
    // Deletion is limited by a time or a condition, not by any "within" or "once".
    (
        "retention-limited",
        "We delete closed account information within 30 days of account closure.",
        "Parents should notify us at once so that we may remove the information from any mailing lists.",
    ),
    (
        "retention-limited",
        "The data you entered will be deleted within 24 hours.",
        "These reports measure campaign performance in aggregate within various demographic categories.",
    ),
    // "Held solely by" is ownership; "keep in mind" keeps nothing.
    (
        "retention-limited",
        "We keep your information solely for the purpose of processing your order.",
        "Ownership of any information you provide us will be held solely by the company.",
    ),
    (
        "retention-limited",
        "We keep logs for 90 days.",
        "Please keep in mind that it may take up to four weeks to process your request.",
    ),
    // What the reader may delete at any time is a right, not a limit on keeping it.
    (
        "retention-limited",
        "We automatically delete search queries after 18 months.",
        "Your information may be edited and deleted at the user's discretion at any time after it has been submitted.",
    ),
    // A list of rights names two of them; one word said twice is one.
    (
        "access-deletion",
        "Reviewing, updating and deleting your personal information",
        "Access is limited: access to the information requires two keys.",
    ),
    // Access to the site, or without authorization, is not the reader's right to their data.
    (
        "access-deletion",
        "You can access some of the personal information we collect about you by logging in.",
        "You may be able to access our goods and services using a Microsoft account.",
    ),
    (
        "access-deletion",
        "You may request access to your personal information at any time.",
        "We protect you against others accidentally accessing your account contents or otherwise accessing your account contents without authorization.",
    ),
    // Withholding the reader's access is not withholding their data from others.
    (
        "no-sale",
        "We do not provide any personal information to advertisers.",
        "If the legitimate rights of others would be violated, we may decide not to provide access to such information.",
    ),
    // Advertisers using data about the reader is their practice; the site using it to help
    // them is the site's own.
    (
        "advertising",
        "Our advertisers may use information about how you interact with our pages, not including your name or email address.",
        "We use information about your visits to help advertisers understand our audience.",
    ),
    // "In no case", "under no circumstances" promise as "never" does; "set forth" sets no
    // cookie.
    (
        "advertising",
        "Cookies set by third-party advertisers may track your visits.",
        "In no case does pre-populating a form transfer any data to any advertiser or third party.",
    ),
    (
        "advertising",
        "Our third-party advertisers may set cookies on your browser.",
        "A more detailed discussion of our relationship with certain third-party advertisers is set forth below.",
    ),
    (
        "retention-indefinite",
        "Credit card numbers may be stored permanently on our servers.",
        "Under no circumstances are credit card numbers permanently stored on our website servers.",
    ),
    // A phrase that holds the rule's word (`not_in`) takes out that word alone: "keep in
    // mind" keeps nothing, but the "store" beside it still stores.
    (
        "retention-limited",
        "Please keep in mind that we store server logs for 90 days.",
        "We will keep you informed; please allow up to 4 weeks to process your request.",
    ),
    (
        "access-deletion",
        "You can access our Privacy Center to download or delete your personal data.",
        "You can access our website from your account on any device.",
    ),
    (
        "advertising",
        "Advertisers may use cookies and web beacons, as set forth in Section 5, to measure ad effectiveness.",
        "If you are an advertiser, we use information about your payment method to process invoices.",
    ),
    (
        "no-sale",
        "We will not provide access to your personal information to any third party without your consent.",
        "We may decline to provide access where the legitimate rights of others would not be protected.",
    ),
    // The company declining is not the reader's choice.
    (
        "opt-out",
        "You may decline to provide this information, but some features may not work.",
        "We may decline to provide access where the legitimate rights of others would not be protected.",
    ),
    // Policies that speak of the reader in the third person.
    (
        "access-deletion",
        "Registered users may also close their account directly through the Service.",
        "Users can change their display theme in the app settings.",
    ),
    (
        "access-deletion",
        "You may clear your search history at any time.",
        "Advertisers can update their campaigns at any time.",
    ),
    // Third parties kept from the reader's data, not from the site's cookies.
    (
        "no-sale",
        "Third parties do not have access to your personally identifiable information.",
        "Although advertisers or other companies do not have access to the Website cookies, they may set their own cookies.",
    ),
    // "No access" negates the access, not the storing; where data is stored is a transfer.
    (
        "retention-limited",
        "We do not store your credit card number.",
        "Third-party advertisers have no access to your contact information stored by us unless you choose to share it with them.",
    ),
    (
        "retention-limited",
        "Backup copies are stored for 30 days.",
        "Backup data may also be stored on servers located in the United States and other countries.",
    ),
    (
        "advertising",
        "Third-party advertisers may access your contact information stored by us.",
        "Third-party advertisers have no access to your contact information stored by us.",
    ),
    // An age is not a period, keeping users is not keeping data, and a security disclaimer
    // is no promise not to store.
    (
        "retention-limited",
        "We retain cookie data for 13 months.",
        "We do not knowingly collect or maintain personal data from persons under 13 years of age.",
    ),
    (
        "retention-limited",
        "We retain your information for as long as your account is active.",
        "We use this data for understanding and forecasting user retention over the years.",
    ),
    (
        "retention-limited",
        "We do not store full card numbers or card security codes.",
        "No method of transmitting data over the internet or storing data is completely secure.",
    ),
    // The opt-out link the law requires is named "Do Not Sell My Personal Information": it
    // is no promise not to sell.
    (
        "no-sale",
        "We do not sell your personal information.",
        "To opt out of such a sale, click on the “Do Not Sell My Personal Information” link at the bottom of this page.",
    ),
    // "Not in the business of selling" is the oldest promise of all; the Federal Trade
    // Commission sells nothing; a law quoted is not the company's practice.
    (
        "no-sale",
        "We are not in the business of selling information about you to advertisers or other third parties.",
        "Information about our users is an important part of our business.",
    ),
    (
        "sells-or-shares",
        "We may sell your personal information to third parties.",
        "We remain subject to the investigatory and enforcement powers of the Federal Trade Commission with respect to personal data.",
    ),
    (
        "sells-or-shares",
        "We may share your personal information with third parties for their own direct marketing purposes.",
        "Under California Civil Code sections 1798.83-1798.84, California residents are entitled to request information about our disclosure of personal information to third parties for their direct marketing purposes.",
    ),
    // A trading account, offers given to the reader and the right to know what was sold are
    // no sale; selling the business is a merger.
    (
        "sells-or-shares",
        "We may rent your email address to third parties for their own marketing.",
        "While opening a trading account with us, you may be asked for certain personal data.",
    ),
    (
        "sells-or-shares",
        "We share your contact details with partners so they can send you their own offers.",
        "You may be provided with offers from third-party companies who integrate with our products.",
    ),
    (
        "sells-or-shares",
        "We may disclose your email address to partners for their own promotional purposes.",
        "To send you our newsletter and promotional offers from our partners, we use your email address.",
    ),
    (
        "sells-or-shares",
        "We may communicate your personal information to other companies for their own promotions.",
        "We may also communicate with you and others about opportunities, products, contests and promotions.",
    ),
    (
        "sells-or-shares",
        "We may provide your contact details to our partners so they can send you their own offers.",
        "Our partners may also provide information such as employment or income data, which we use to generate offers for you.",
    ),
    (
        "sells-or-shares",
        "We may sell your browsing data to data brokers.",
        "You have the right to request that we disclose what personal information we collect, use, disclose, and sell.",
    ),
    // What is sold must be data, near the word (not "your rent payments" with the data far
    // off); a sale supposed or defined by law, the law's own words ("license or sell", "the
    // purpose for collecting or selling"), resellers of the company's products, third parties'
    // "own rules" and headings are no admission of selling.
    (
        "sells-or-shares",
        "We sell (as that term is defined in the California Consumer Privacy Act) your personal information to the following categories of third parties.",
        "By using our service to make your rent payments, you authorise us and our partner to access and transmit your personal and financial information.",
    ),
    (
        "sells-or-shares",
        "We may sell your personal information to advertisers.",
        "If the business sells personal information, you have a right to opt out of that sale.",
    ),
    (
        "sells-or-shares",
        "We may sell your personal information to data brokers.",
        "“Sell” means to share personal information with a third party for monetary or other valuable consideration.",
    ),
    (
        "sells-or-shares",
        "We may share your information with third parties for their own marketing purposes.",
        "We don’t own or control these third parties, and they have their own rules about information collection, use, and sharing.",
    ),
    (
        "sells-or-shares",
        "We may share your personal information with our affiliates, resellers and joint marketing partners.",
        "If you contact any of our reselling partners, the reselling partner may pass your name, email address and other information to us.",
    ),
    (
        "sells-or-shares",
        "We share your data with partners for their direct marketing purposes.",
        "You can request certain information about our disclosure of personal information to third parties for their own direct marketing purposes during the preceding calendar year.",
    ),
    (
        "sells-or-shares",
        "In the past 12 months, we may have sold the following categories of personal information.",
        "Categories of Information Sold",
    ),
    (
        "sells-or-shares",
        "We may sell your personal data to third parties.",
        "Nevada residents may opt out of the future sale of their information to a third party so that they may license or sell information by emailing us.",
    ),
    (
        "sells-or-shares",
        "We may sell or rent your personal information to other companies.",
        "The business or commercial purpose for collecting or selling your personal information.",
    ),
    (
        "tracking",
        "We use cookies and web beacons on our site.",
        "Cookies and Web Beacons",
    ),
    // What is shared is the reader's data, the verb's object or, in the passive, named
    // before it: the company's own mailings and data coming in share nothing.
    (
        "sells-or-shares",
        "We may share your name and email address with other companies that want to market to you.",
        "We send newsletters, surveys, offers and other promotional materials related to our services and for other marketing purposes of the company.",
    ),
    (
        "sells-or-shares",
        "Your information may be shared with third parties for their own marketing purposes.",
        "Individuals who provide us with personal information may receive mailings from us with special offers from our business partners.",
    ),
    (
        "sells-or-shares",
        "We may provide information we collect about you to third parties to distribute promotions.",
        "When you visit a third-party website for which we provide online services, we use cookies to measure the effectiveness of promotions.",
    ),
    // Rent paid and homes sold are no data sold; the reader's right to know what was sold is
    // no admission.
    (
        "sells-or-shares",
        "We may rent your personal information to marketers.",
        "If you use your bank account to pay your rent, our service provider collects personal and financial information from your bank.",
    ),
    (
        "sells-or-shares",
        "We may sell your personal information to third parties for money.",
        "You have the right to obtain information regarding the categories of personal information we collect, sell, or disclose.",
    ),
    // What the reader may ask for, or contractors are bound to, is no promise of the
    // company's.
    (
        "no-sale",
        "We will not share your personal information with third parties for their marketing.",
        "However, you can request that the company and its affiliate companies not share your personal information with our affiliates for marketing products and services.",
    ),
    (
        "no-sale",
        "We do not disclose your personal information to any third parties.",
        "We contractually require that our contractors not use or disclose your information for any purpose other than providing services to us.",
    ),
    // "when we no longer need it" ends the need as "no longer needed" does; the reader's
    // rights, listed with when they apply, set no limit.
    (
        "retention-limited",
        "Where we no longer need your personal information, we will dispose of it in a secure manner.",
        "You have the right to limit the use of your personal data if we no longer need the data, but you do not want it to be deleted.",
    ),
    // Access kept to those who need it, and security testing, are safeguards; a commitment to
    // privacy is not.
    (
        "security",
        "We make sure that personal information is only accessible by those who need access to do their job.",
        "Our public forum is only accessible to registered members who sign in.",
    ),
    (
        "security",
        "We regularly carry out penetration testing to find weaknesses in our systems.",
        "We are committed to protecting your privacy.",
    ),
    // Data sent or shared abroad is a transfer; "outside parties" and "residents of the EEA"
    // are not.
    (
        "international-transfer",
        "We may share your personal data with our suppliers overseas.",
        "We may share your personal data with outside parties who help us run the site.",
    ),
    (
        "international-transfer",
        "We may send your personal information outside of your country, including to the United States.",
        "For residents of the EEA, where processing of personal information is based on consent, we will ask for it.",
    ),
    // A question names a subject, as a heading does; "this notice" is the document, not notice
    // given, but "notices" are given.
    (
        "tracking",
        "We use cookies to remember your preferences.",
        "How do we use cookies and similar technologies?",
    ),
    (
        "change-without-notice",
        "We may update this notice from time to time.",
        "If you do not want to receive legal notices from us, such as this Privacy Notice, those notices will still govern your use of the site, and it is your responsibility to review them for changes.",
    ),
    // Pseudonymisation done to protect data is a safeguard; pseudonymized data shared is not.
    (
        "security",
        "To secure your data, we use pseudonymisation, so most of our services work without your actual identity.",
        "We may share your pseudonymized email address with a social media platform.",
    ),
    // A list under a lead-in of the reader's rights says what the reader may ask, not what
    // the company does; the same item under another lead-in is an admission.
    (
        "sells-or-shares",
        "In the past year:\n• we sold the categories of personal information about you listed above to data brokers.",
        "You have the right to know:\n• the categories of personal information about you which we shared and/or sold;",
    ),
    // Blocking child abuse imagery is content moderation, not children's data.
    (
        "children",
        "We do not knowingly collect personal information from children under 13.",
        "Furthermore, we detect and block Child Sexual Abuse Imagery (CSAI) on our servers.",
    ),
    // Notice refused is no notice; notice given counts as much as a notice posted.
    (
        "change-without-notice",
        "We will not notify you of any amendments or updates to this Privacy Policy.",
        "We will notify you of any amendments or updates to this Privacy Policy.",
    ),
    // Changes only posted on the policy's page reach no reader who does not look; a notice
    // on the home page does.
    (
        "change-without-notice",
        "We may change this policy from time to time by updating this page.",
        "We may change this policy from time to time and will post a notice on our home page.",
    ),
    (
        "change-with-notice",
        "If we decide to change our privacy policy, we will post those changes on our homepage.",
        "If we decide to change our privacy policy, we will post those changes on this page.",
    ),
    // The date of the text in force tells of no change to come.
    (
        "change-without-notice",
        "Any changes to this policy will become effective when posted.",
        "This Privacy Policy was last updated on August 1, 2008 and is effective immediately.",
    ),
    (
        "change-with-notice",
        "We reserve the right to amend the Privacy Policy from time to time and will provide notice by email when we make material changes to this Privacy Policy.",
        "Such changes to this policy will be posted on this page without prior notification.",
    ),
    // A negation in a relative clause describes the companies, and promises nothing; a
    // request to the reader is no promise of the company's.
    (
        "no-sale",
        "We do not share your personal information with third parties.",
        "We may share your personal information with affiliated companies, some of which do not share our name, for their direct marketing purposes.",
    ),
    (
        "sells-or-shares",
        "We may share your personal information with affiliated companies, some of which do not share our name, for their direct marketing purposes.",
        "We ask you not to share a password with anyone.",
    ),
    (
        "no-sale",
        "We will never give your email address to anyone.",
        "We ask you not to share a password with anyone.",
    ),
    // A disclaimer of guarantees: "no information … can be guaranteed" promises nothing.
    (
        "no-sale",
        "No personal information will be transferred to third parties.",
        "Whilst we do our best to protect your information, no information transferred over the internet can be guaranteed to be completely secure.",
    ),
    // A promise and an admission joined by "but": both are said.
    (
        "sells-or-shares",
        "We do not sell, trade or rent your personal information to other companies but may want to share data with other reputable companies who may have interesting offers for you.",
        "We do not sell, trade or rent your personal information to other companies.",
    ),
    // A heading names a subject, numbered or run into its paragraph.
    (
        "tracking",
        "We use cookies to remember your preferences.",
        "b. Use of Cookies",
    ),
    (
        "do-not-track",
        "We do not respond to Do Not Track signals.",
        "4. Tracking Options and California Do Not Track. You may adjust your browser settings.",
    ),
    // Words out of their sense: the reader's internet provider, cookies that "help us", parties
    // "outside", data that an acquirer "may continue to use", the site's content changed,
    // alerts sent to the reader.
    (
        "service-providers",
        "We share data with security consultants to help us identify spam.",
        "Overall, cookies help us provide you with a better website.",
    ),
    (
        "service-providers",
        "We share your information with vendors who perform services on our behalf.",
        "We obtain information such as the Internet Service Provider you use to connect to the Internet.",
    ),
    (
        "international-transfer",
        "Your data may be transferred to and stored in the United States.",
        "We do not sell, trade, or otherwise transfer to outside parties your personal information.",
    ),
    (
        "consent-by-use",
        "By using this site, you agree to this policy.",
        "You acknowledge that such transfers may occur, and that any acquirer of us or our assets may continue to use your personal information as set forth in this policy.",
    ),
    (
        "change-without-notice",
        "We may change this policy at any time without notice.",
        "We may change the information on the site, or the products mentioned, at any time without notice.",
    ),
    (
        "security",
        "We use encryption to protect your data in transit.",
        "We use your data to send you technical notices, updates, security alerts, information regarding changes to our policies, and support messages.",
    ),
    // Pointing at the choices offers none; a policy telling what it covers states no practice.
    (
        "opt-out",
        "You can update your preferences in your account settings.",
        "For further information on tracking technologies and your choices regarding them, please see “Your Choices” below.",
    ),
    (
        "security",
        "We use encryption to protect your data in transit.",
        "This Privacy and Security Policy also addresses our data security practices.",
    ),
    // What is sold is the reader's data, the verb's object (an aside in brackets between), not
    // the company's goods.
    (
        "sells-or-shares",
        "We sell (as that term is defined in the California Consumer Privacy Act) your personal information to advertising partners.",
        "In relation to our main business activities of manufacturing and selling power tools and life science instruments, we will use personal information only to achieve each purpose.",
    ),
    // A copy the reader gets, not one shared or sent in; the company's right is not the
    // reader's.
    (
        "access-deletion",
        "Use the /access command to learn how to get a copy of your Telegram data.",
        "This may include a copy of your booking confirmation, financial details and the IP address.",
    ),
    (
        "access-deletion",
        "You have the right to access and correct your personal information.",
        "We also reserve the right to access, read, preserve, and disclose any information as necessary to satisfy any applicable law.",
    ),
    // Identifiers "not personally identifiable" are what ads are targeted by; statistics
    // about an audience target no one.
    (
        "advertising",
        "This non-personally-identifiable information may be shared with third parties to provide more relevant services and advertisements to users.",
        "We may share aggregated statistics about our audience with advertisers.",
    ),
    (
        "advertising",
        "We also use such third parties to assist us in serving advertisements.",
        "We never use third parties for serving advertisements.",
    ),
    (
        "advertising",
        "Your location information may be passed along to our affiliates, agents, vendors or advertisers.",
        "Your location information is never passed along to advertisers.",
    ),
    // "May change" alone is a change without notice; beside a promise to notify, it is not.
    (
        "change-without-notice",
        "We may update this policy from time to time. Please check this page regularly.",
        "We may update this policy from time to time. If we make material changes, we will notify you by email before they take effect.",
    ),
    (
        "change-with-notice",
        "If a revision meaningfully reduces your rights, we will notify you.",
        "If a revision of your order is needed, please contact us.",
    ),
    // Words of other trades: an account taken over, a warranty, a parcel's tracking number,
    // data deleted for good.
    (
        "merger-transfer",
        "If we are acquired by another company, your information may be transferred to the buyer.",
        "To protect your information from account takeover, we may decline access to your account.",
    ),
    (
        "legal-disclosure",
        "We may disclose your information in response to a subpoena or court order.",
        "Unfortunately, no system is 100% secure, and we cannot ensure or warrant the security of any information you provide to us.",
    ),
    (
        "tracking",
        "We use cookies to track your visits across websites.",
        "This will include the shipment tracking number, routing information and the status of a shipment.",
    ),
    (
        "retention-indefinite",
        "We may keep your information indefinitely.",
        "We will retain your account and information for 30 days and then it will be permanently deleted.",
    ),
    // The reader's rights under the law, and an administrator's powers, are not the
    // company's promises or the reader's choices.
    (
        "no-sale",
        "We do not sell your personal information.",
        "You have the right to direct us to not sell your personal information at any time.",
    ),
    (
        "opt-out",
        "You can unsubscribe from our emails at any time.",
        "You have the right not to receive discriminatory treatment for exercising your privacy rights.",
    ),
    (
        "access-deletion",
        "You can review, edit or delete your personal information at any time.",
        "Your domain administrator may be able to:\n• Restrict your ability to delete or edit your information or your privacy settings",
    ),
    // Using the site after a change is accepting it.
    (
        "consent-by-use",
        "Continuing to use Patreon after a change to this policy means you accept the new policy.",
        "Continuing to use our services helps us improve them.",
    ),
    (
        "retention-limited",
        "We will normally store your information for one year following the last transaction between us.",
        "We keep you informed about new features once a year.",
    ),
    (
        "merger-transfer",
        "If we are discussing selling part of our business, we may share information about you with prospective purchasers and their advisers.",
        "When you buy or sell an application listed on our Marketplace, we share your information with the other party.",
    ),
    // An item of a table of contents names a topic.
    (
        "retention-limited",
        "We retain your data for 90 days and then delete it.",
        "Contents:\n• How we retain and delete Student Personal Data\n• How we share it",
    ),
    // Rules for the reader's credentials, and identity checks, are no promise not to sell.
    (
        "no-sale",
        "We never disclose your personal information to third parties.",
        "Members must keep their username and password secure, and never disclose it to a third party.",
    ),
    (
        "no-sale",
        "We will not disclose your personal data to any third party.",
        "This is a security measure to ensure that personal information is not disclosed to any person who has no right to receive it.",
    ),
    // The law named as a reason to keep or use data is no disclosure to the authorities.
    (
        "legal-disclosure",
        "We may provide your information to law enforcement agencies when required by law.",
        "We retain your personal information for as long as necessary to provide the Services you have requested, or for other purposes such as complying with our legal obligations.",
    ),
    (
        "legal-disclosure",
        "If requested as part of a legal proceeding, we will provide this information upon receipt of the appropriate documentation.",
        "We will contact you through these methods only in accordance with applicable legal requirements.",
    ),
    // Data named among what passes to the buyer, without the word "merger".
    (
        "merger-transfer",
        "In such transactions, customer information generally is one of the transferred business assets.",
        "We protect customer information and our business assets with encryption.",
    ),
    // Consent promised before a change is no change without notice.
    (
        "change-with-notice",
        "We will never materially change our policies and practices without the consent of affected customers.",
        "We may change our policies and practices at any time.",
    ),
    (
        "change-without-notice",
        "Our business changes constantly, and our Privacy Notice will change also.",
        "We will never change our Privacy Notice without your consent.",
    ),
    // Nothing preventing a sale is no promise against it.
    (
        "sells-or-shares",
        "Nothing in this policy prevents us from selling your personal information to third parties.",
        "Nothing in this policy allows us to sell your personal information to third parties.",
    ),
    // Ads chosen by what is known of the reader, whoever shows them; a promise against them
    // is none, however far its "not".
    (
        "targeted-ads",
        "We use your personal information to display interest-based ads for products that might be of interest to you.",
        "We do not use, disclose, or compile student personal data for the purpose of targeted advertising.",
    ),
    (
        "advertising",
        "These companies may use information about your visits to this and other websites in order to provide advertisements about goods and services of interest to you.",
        "We provide advertisements for our own products in our newsletter.",
    ),
    // Browsing on counts as consent; the settings left unchanged are no refusal.
    (
        "consent-by-use",
        "If you continue to browse our website without changing your browser settings that control cookies, you agree to receive cookies.",
        "If you continue to see ads after you opt out, please contact us.",
    ),
    (
        "opt-out",
        "You can change your browser settings to refuse cookies.",
        "If you continue to browse without changing your browser settings that control cookies, you agree to receive cookies.",
    ),
    // Access kept to the staff who need it is an access control; another site's practices
    // are not this company's safeguards.
    (
        "security",
        "Only employees who need the information to perform a specific job are granted access to personally identifiable information.",
        "You will be subject to that website's privacy and security practices, which may differ from ours.",
    ),
    (
        "security",
        "This information is kept on a secure dedicated server.",
        "This information is kept on our server for thirty days.",
    ),
    // A right listed by what it asks, its verb far from "request".
    (
        "access-deletion",
        "• Correction – request that any incomplete or inaccurate personal information about you that we hold be corrected;",
        "Prices and other information about products may be corrected without notice.",
    ),
    (
        "opt-out",
        "Out of respect for the privacy of our users we present the option to not receive these types of communications.",
        "Users who register will receive these types of communications.",
    ),
    // A list of what the policy tells names topics, not practices.
    (
        "access-deletion",
        "You can correct any inaccuracies in the information by emailing us.",
        "This website has agreed to notify you of:\n\n  1. What information is collected.\n  7. How you can correct any inaccuracies in the information.\n",
    ),
    // Where the reader is is not where the data goes.
    (
        "international-transfer",
        "Your information may be stored and processed in the United States.",
        "If you are located in the EEA, you have the right to lodge a complaint with a supervisory authority.",
    ),
    // One negation over a list of verbs with their objects.
    (
        "no-sale",
        "But we won't save your number, share it, sell it, or even show it to anyone.",
        "We save your number, share it, and sell it to our partners.",
    ),
    (
        "sells-or-shares",
        "We save your number, share it, and sell it to our partners.",
        "But we won't save your number, share it, sell it, or even show it to anyone.",
    ),
    // "In response to" answers a request of any sort: a survey, the reader's choices.
    (
        "legal-disclosure",
        "We may disclose your information in response to a subpoena or court order.",
        "Where appropriate, we will limit sharing of your information in accordance with the choices you have provided us in response to our privacy notices.",
    ),
    // The reader's duty to keep data current is no right; nor is leaving a list.
    (
        "access-deletion",
        "You can update your personal information at any time in your account.",
        "Please note that you should always update your personal information to provide us with a current email address.",
    ),
    (
        "access-deletion",
        "You may request that we delete your personal information.",
        "Please use the contact specified in the email so that we can remove you from the list that contains your name.",
    ),
    (
        "access-deletion",
        "You are entitled to review the personal information we hold about you.",
        "Please note that you are not entitled to review the content of another user's account.",
    ),
    // A sentence about the browser's signal tells of the signal, not of a choice offered; a
    // concession before a comma leaves the choice after it standing.
    (
        "opt-out",
        "Although we cannot respond to Do Not Track signals, you may opt out of tracking by following the instructions below.",
        "Do Not Track is a privacy preference that users can set in their web browsers, allowing users to opt out of tracking by websites.",
    ),
    (
        "opt-out",
        "You may object to our processing of your personal data for direct marketing.",
        "If you object to any such changes, your sole recourse shall be to cease using the Site.",
    ),
    // Consent taken back in any words; the company's own withdrawal is none.
    (
        "opt-out",
        "If you give permission, you will be able to withdraw it at any time by writing to us.",
        "We may withdraw funds from your account with your consent.",
    ),
    (
        "opt-out",
        "Patients will be given the opportunity to object before information about them is released to family.",
        "In such cases we reserve the right to raise or waive any legal objection available to us.",
    ),
    // A wish and its means is the plain opt-out; a wish whose only answer is to leave is not.
    (
        "opt-out",
        "If you do not wish to have your personal information shared with third parties, please click here.",
        "If you do not want us to have access to this information, please do not install or use the Software.",
    ),
    (
        "opt-out",
        "If you ask us to remove your name and address from promotional lists, we will honor your request.",
        "We remove inactive addresses from our mailing lists every year.",
    ),
    // A mailing cancelled is a choice about data; a paid subscription cancelled is a service ended.
    (
        "opt-out",
        "You may also cancel your free email subscription by following the instructions in each message.",
        "You may cancel your subscription before the end of the billing period.",
    ),
    (
        "opt-out",
        "Although you cannot opt out of all data collection, you can limit the collection, use and sharing of your information.",
        "We may limit the information we collect to what the law allows.",
    ),
    // A list item is read with its lead-in, which holds its verb: the items of "we may share
    // your personal data with:" are disclosures, those of a list of legal bases are not.
    (
        "legal-disclosure",
        "We may share your personal data with:\n• Law enforcement bodies;\n• Courts, to comply with legal requirements.",
        "We process your data on the following legal bases:\n• the compliance with a legal obligation to which we are subject;",
    ),
    // The exceptions to a promise are what the company may do; the same item alone says
    // nothing of data.
    (
        "merger-transfer",
        "We will not share your information except:\n• in connection with a corporate sale, merger, reorganization or dissolution;",
        "Our company history:\n• in connection with a corporate sale, merger, reorganization or dissolution;",
    ),
    (
        "access-deletion",
        "You have the right to ask us to:\n• Correct any personal information that is inaccurate;",
        "We hold the following:\n• Correct any personal information that is inaccurate;",
    ),
    // Where the reader lives, said in a lead-in, is no transfer of the items' data.
    (
        "international-transfer",
        "We may transfer your personal data to countries outside the EEA.",
        "If you are in the EEA, you have the right to:\n• restrict the way that we process your personal data;",
    ),
    // Recipients that keep what they get for themselves; vendors that serve the company.
    (
        "sells-or-shares",
        "We may give some of your personal data to credit reference agencies, who will keep a record of the search.",
        "We may share information with third-party vendors so that they can perform their services for us.",
    ),
    (
        "sells-or-shares",
        "Sometimes we share your information with other publishers so they can show you advertising on their websites.",
        "We are not responsible for the privacy practices of our partners or the content of their privacy policies.",
    ),
    // Tracking is the site's use of cookies, not what a cookie is, how to refuse one, or where
    // the cookies are described; a use stated beside a definition still counts.
    (
        "tracking",
        "We use cookies, which are small text files stored by your browser, to collect data about your visits.",
        "A cookie is a small file which asks permission to be placed on your computer's hard drive.",
    ),
    (
        "tracking",
        "Certain companies we work with may set cookies and clear GIFs on your browser.",
        "Most web browsers automatically accept cookies, but you can usually modify your browser setting to decline cookies.",
    ),
    (
        "tracking",
        "Our advertising partners place cookies on your device to follow your visits across websites.",
        "For further information on our use of cookies, please see our cookie policy.",
    ),
    // A floor is no limit; data kept after the reader leaves, or a copy of what they changed,
    // is kept without one.
    (
        "retention-limited",
        "We will retain your data for 12 months after your subscription ends.",
        "We will retain your data for at least 12 months after your subscription ends.",
    ),
    (
        "retention-indefinite",
        "If you deactivate your account, we do not delete your information but hold it for you.",
        "If you ask us to, we will delete your information within 30 days.",
    ),
    (
        "retention-indefinite",
        "When you update information, we may maintain a copy of the unrevised information in our records.",
        "Search engines' caches may keep copies of public pages after they are removed from our site.",
    ),
    // Rights asked for in other words; the staff's access and a copy of the notice are none.
    (
        "access-deletion",
        "If you would like us to delete your Personal Information from our records then please contact us.",
        "The only persons who have the right to access your personal data are our personnel and auditors.",
    ),
    (
        "access-deletion",
        "You have the right to have the data we hold about you transferred to another organisation.",
        "If you have any questions, you can request a copy of your privacy notice.",
    ),
    (
        "access-deletion",
        "You can ask for the data we hold about you to be erased from our records.",
        "We may ask for your email address if you wish to be notified when listings have changed.",
    ),
    (
        "legal-disclosure",
        "This may include exchanging information with the police, courts or law enforcement organisations.",
        "We exchange emails with our customers about their orders.",
    ),
    // The reader's own bankruptcies are a source of data, not a sale of the business.
    (
        "merger-transfer",
        "If we go bankrupt, your personal information may be transferred to a successor.",
        "We obtain information from credit reference agencies, court records of debt judgements and bankruptcies.",
    ),
    // A law of the EU named, or the company's address, is no place data goes.
    (
        "international-transfer",
        "Your personal data may be processed in the United States.",
        "Our headquarters are located at: 131 Lytton Ave, Palo Alto, CA 94301, United States.",
    ),
    // Ads served by others, and retargeting in plain words; what the reader is allowed is a choice.
    (
        "advertising",
        "Our site works with a third party that serves ads to this site.",
        "Any marketing by us, or by third parties on our behalf, will include methods to allow you to express your advertising preferences.",
    ),
    (
        "targeted-ads",
        "For example, if you view a product on our website, you may see offers for similar products on other websites you visit.",
        "You will not see ads from other websites on our pages.",
    ),
    // A change of control is a merger, not a change of the notice it is named beside.
    (
        "change-with-notice",
        "We will notify you by email of any material change to this Privacy Notice.",
        "We may transfer any of the information described in this Privacy Notice to third parties as a result of a sale, merger or change of control.",
    ),
    (
        "children",
        "The Platform is intended for use by people above the age of sixteen; we will delete the account of a younger person.",
        "The Platform is intended for use by businesses and their employees.",
    ),
    // The absence of safeguards is no safeguard.
    (
        "security",
        "We use appropriate technical and organisational measures to protect your personal data.",
        "Occasionally, we may transfer your personal information in circumstances where there are no adequate safeguards.",
    ),
    (
        "consent-by-use",
        "By placing an order through our website you accordingly consent to such checks being made.",
        "By placing an order through our website you can track its delivery.",
    ),
    // Recipients bound not to use data for themselves; a vendor bound to the company's
    // purposes alone is a contract, not a promise about sales.
    (
        "no-sale",
        "These third parties are not permitted to use such information for their own marketing purposes.",
        "These vendors are not permitted to use your information for any other purpose.",
    ),
    (
        "no-sale",
        "Your personal and contact information will not be passed to any other organization.",
        "Your order will be passed to our warehouse for delivery.",
    ),
    // Shared with partners of their own interests is a sharing, whatever purpose is named;
    // bounded by the reader's consent, or by the company's service, it is not.
    (
        "sells-or-shares",
        "We may share personal information with business partners.",
        "We may share personal information with business partners with your consent.",
    ),
    (
        "sells-or-shares",
        "We may provide personal information to our affiliated companies.",
        "We may share your data with our affiliates to the extent necessary to provide you with the services ordered.",
    ),
    // An aside between commas holds no boundary: "however" set apart does not end the negation.
    (
        "no-sale",
        "We do not, however, share your personal information with marketers.",
        "However, we share your personal information with marketers.",
    ),
    // "If you do not agree, do not use" is consent by use said the other way round.
    (
        "consent-by-use",
        "If you do not agree with the changes, please do not continue to use our website or services.",
        "If you do not agree with a decision we made about your request, you may complain to a supervisory authority.",
    ),
    // Notice refused outright, whatever notice-words follow.
    (
        "change-without-notice",
        "We will not provide individual notice to you of changes to this Privacy Policy, but we will update the date in this section.",
        "We will provide individual notice to you by email of material changes to this Privacy Policy.",
    ),
    // What stays once the account is deleted is kept without a limit.
    (
        "retention-indefinite",
        "After an account has been deleted, certain data, such as comments in others' issues, will remain.",
        "After your account has been deleted, your data will be removed from our systems within 30 days.",
    ),
    (
        "tracking",
        "A pixel tag is a piece of code embedded in the Services that collects information about your visits.",
        "Note that we may revise this Privacy & Cookie Statement from time to time.",
    ),
    // Only a lead-in's last sentence lends terms to its items.
    (
        "legal-disclosure",
        "We use your data to run our services. We may also disclose your data to:\n• Law enforcement bodies and courts;",
        "We publish and distribute user content. We also use the information we collect to:\n• Comply with our legal and financial obligations; and",
    ),
    (
        "children",
        "We ask parents to contact us if their child has given us personal information.",
        "Personal information is shared among Medium and our current and future parents, affiliates, and subsidiaries.",
    ),
    (
        "retention-limited",
        "If you close your account, we will delete your account data within 14 days.",
        "If you delete your account data, it may take a few days for the change to show.",
    ),
    // Following the reader across sites and devices, whatever the technique is called.
    (
        "tracking",
        "Depending on your account settings, we may associate your activity on other sites and apps with your personal information.",
        "Like other websites and apps, we collect data about the browsers and devices you use to access our site.",
    ),
    (
        "targeted-ads",
        "We customize the ad content we show you by identifying your interests based on your onsite and offsite activities.",
        "For details regarding such relevant ads, please also read the section on attributes.",
    ),
    // A verbless item under a sharing lead-in, not one under a list of the company's uses.
    (
        "sells-or-shares",
        "We may disclose the information we collect from and about you as follows:\n\n  3. To carefully-selected third party partners, so that they may inform you of offers, promotions and services.",
        "We use the information we collect to:\n\n  * send newsletters, surveys, offers, and other promotional materials to our partners' customers.",
    ),
    (
        "sells-or-shares",
        "In addition, the Company may share your personal information with our parent, subsidiary or affiliate companies without restriction.",
        "When Zillow partners with other businesses to offer products to you, we may share information with those partners only as needed to provide those products.",
    ),
    (
        "children",
        "If you are a parent and believe your child has given us information, contact us.",
        "We may share your information with our parent, subsidiary or affiliate companies.",
    ),
    // Kept after the reader leaves, or for the company's purposes with no bound: not a limit.
    (
        "retention-indefinite",
        "We keep some of your data even after you close your account.",
        "We keep your data for 30 days after you close your account, then delete it.",
    ),
    (
        "retention-indefinite",
        "We may retain your information for fraud prevention or similar purposes.",
        "We retain your information only for the purposes for which it was collected.",
    ),
    (
        "advertising",
        "This may include serving you with adverts on social media and other third party websites.",
        "We fund our site by selling subscriptions, not by showing you anything.",
    ),
    (
        "targeted-ads",
        "We also use cookies to show you advertising that is relevant to you.",
        "You can learn more about advertising that is relevant to you and choose your preferences.",
    ),
    (
        "consent-by-use",
        "When you use the Services, you are consenting to the collection, transfer, storage and disclosure of your information as described in this Privacy Policy.",
        "When you use our websites and apps, we will ask you whether you agree to us using cookies.",
    ),
    // Refusing cookies is a choice, not tracking; a limit on a choice is no choice.
    (
        "opt-out",
        "You can prevent storage of cookies by appropriately setting your browser software.",
        "Regardless of your opt-out preferences, we reserve the right to send you certain communications.",
    ),
    (
        "opt-out",
        "Generally, cookies can be disabled.",
        "The information you provide allows us to offer additional services, including the ability to manage your bookings.",
    ),
    // Notice that is only the posting is no notice; a promise of notice for significant
    // changes is one.
    (
        "change-without-notice",
        "We reserve the right to modify this Policy at any time, and we will notify you of any material changes to the Policy by posting the modified Policy and changing the Effective Date at the top.",
        "We may change this policy from time to time. If the changes are significant, we will notify you by email.",
    ),
    (
        "no-sale",
        "We do not store credit card details nor do we share to any 3rd party.",
        "In order to ensure that personal data is not shared with third parties, please identify yourself clearly.",
    ),
    (
        "legal-disclosure",
        "We may also disclose your personal information if we believe that the disclosure is necessary to enforce or apply our terms and conditions.",
        "Where we are required by applicable law, we will seek your consent prior to sharing your information with third parties.",
    ),
    (
        "access-deletion",
        "Please let us know if the personal information, which we hold about you, needs to be corrected or updated.",
        "Not all personal data processed by us can be accessed or controlled via the tools above.",
    ),
    // The words of a web address are none of the policy's.
    (
        "advertising",
        "We use third-party advertising companies to serve ads when you visit our website.",
        "Bing: https://advertise.bingads.microsoft.com/en-us/resources/policies/personalized-ads",
    ),
    (
        "service-providers",
        "All our website financial transactions are handled through our payment services provider, Stripe.",
        "Your internet service provider assigns your IP address.",
    ),
    (
        "opt-out",
        "Your consent may be withdrawn at any time.",
        "This does not affect processing carried out before you gave your consent.",
    ),
    (
        "access-deletion",
        "You have the right to ask us for copies of your personal data.",
        "We may also maintain residual copies of your personal information in our backup systems.",
    ),
    (
        "retention-indefinite",
        "We also take backups of our database so it will not be possible to completely delete your information.",
        "Unless we receive a deletion request, we will retain your information for as long as your account is active.",
    ),
    (
        "consent-by-use",
        "Entering the Sites constitutes your acceptance and agreement to the terms contained in this Privacy Policy.",
        "We process data for other purposes you consent to when you provide personal information.",
    ),
    (
        "international-transfer",
        "We transfer your personal data to the United States under the EU-US Privacy Shield.",
        "If your Privacy Shield complaint cannot be resolved, you may invoke binding arbitration before the Privacy Shield Panel.",
    ),
    (
        "change-with-notice",
        "If changes are made to this privacy policy, we will email users who have given us permission to do so.",
        "We may change this Privacy Policy from time to time.",
    ),
    (
        "access-deletion",
        "You may access and correct your personal information at any time.",
        "If you use our business edition, your administrator may have the ability to access and control your account.",
    ),
    (
        "legal-disclosure",
        "We may also disclose account information when disclosing it is necessary to bring legal action against someone who may be violating our Terms of Service.",
        "Using personal information of other users for any other purpose constitutes a violation of our Terms of Use.",
    ),
    (
        "retention-limited",
        "We use this information internally only, and we remove information that could be used to identify an individual user after 90 days.",
        "You may remove information from your profile at any time.",
    ),
    (
        "advertising",
        "Our site includes third-party advertising and links to other websites.",
        "You should consult the respective privacy policies of these advertisers and third-party advertising networks.",
    ),
    // A pointer to another section silences what follows it, not what comes before it.
    (
        "sells-or-shares",
        "We may sell your personal information to third parties (see the section below).",
        "For more information, please see the section below on how we may sell your personal information to third parties.",
    ),
    (
        "no-sale",
        "We will never provide your email address to a third party without your explicit permission, as detailed in the 'Sharing Your Information' section below.",
        "This policy describes when we will never provide your email address to a third party.",
    ),
    // A floor with no ceiling is no limit.
    (
        "retention-indefinite",
        "Records are retained for no less than seven years after your last purchase.",
        "We retain data for at least 10 years and then delete it.",
    ),
    // Kept because the law says so is retention, disclosed to no one.
    (
        "legal-disclosure",
        "We may disclose your information if the law requires it.",
        "We may keep other data for longer periods if the law requires it.",
    ),
    // Data said to hold nothing personal is no one's data shared.
    (
        "sells-or-shares",
        "Your personal information may be shared with the advertisers of the site.",
        "Demographic information relating to users may be shared with the advertisers of the site; such sharing does not contain transfer of personal information.",
    ),
    // A promise that holds even in a merger is no merger clause; one that makes the merger its
    // exception still says it.
    (
        "merger-transfer",
        "We will never sell Student Personal Data unless the sale is part of a corporate transaction, such as a merger.",
        "We will never sell your data, even in the event of a merger or acquisition.",
    ),
    // A negation reaches every item of the list of what is not used.
    (
        "tracking",
        "We use Google Analytics and other analytics services.",
        "We do not use Google Analytics or any other analytics service.",
    ),
    // Data kept at home is no transfer abroad.
    (
        "international-transfer",
        "Your data may be transferred outside the European Union.",
        "Your data will never be transferred outside the European Union.",
    ),
    // Held liable is no data held.
    (
        "retention-limited",
        "We do not hold copies of your messages.",
        "The company shall not be held liable for any disclosure of information made in accordance with this policy.",
    ),
    // Kept back in other words: revealed, handed over, contact details.
    (
        "no-sale",
        "Your personal data is never handed over to third parties.",
        "We only use this information in a manner that does not reveal your identity.",
    ),
    (
        "no-sale",
        "We won't share your contact details without your explicit permission.",
        "You can share your contact details with other members.",
    ),
    // Ads by others, and ads aimed at the reader, in plain words.
    (
        "advertising",
        "Some of the ads may be served by Google.",
        "The games on this site are provided by our own staff.",
    ),
    (
        "targeted-ads",
        "These cookies are used to make advertisements more relevant to you.",
        "We send you offers which we feel will be of interest to you.",
    ),
    (
        "advertising",
        "Mind42 may include advertisements by third party vendors.",
        "We do not show ads by third parties.",
    ),
    // Ending the account, in the reader's hands; changes and deletions asked for; what the
    // reader posted; users spoken of in the third person.
    (
        "access-deletion",
        "You can terminate your account at any time.",
        "We may terminate your account if you violate our terms.",
    ),
    (
        "access-deletion",
        "You may also request changes or deletions by e-mailing us.",
        "We may make changes to this policy from time to time.",
    ),
    (
        "access-deletion",
        "Customers who wish to view, modify, or remove information about themselves may contact our Customer Support.",
        "Customers who wish to learn more about our products may contact our Customer Support.",
    ),
    (
        "opt-out",
        "Users will have a choice as to whether or not we use their information in this different manner.",
        "This notice gives you the information to make an informed choice as to whether to use our services.",
    ),
    (
        "international-transfer",
        "When we send your information across borders, we take steps to protect your information.",
        "When we send your information to our partners, we take steps to protect your information.",
    ),
    // Backups kept for no stated time; purposes left open.
    (
        "retention-indefinite",
        "We may retain backup copies of your information.",
        "Backups are kept for 30 days.",
    ),
    (
        "retention-limited",
        "We retain your data as long as necessary to provide the service.",
        "We may retain data if we believe it may be necessary to prevent fraud or for other legitimate purposes.",
    ),
    // Shared with an opt-out is no promise.
    (
        "no-sale",
        "We will never share your personal information with other companies.",
        "We never share your personal information with other companies without also providing you an opportunity to opt out.",
    ),
    // Cookies left to the reader are a choice, not tracking.
    (
        "opt-out",
        "Visiting our web pages does not require you to accept cookies.",
        "Visiting our web pages requires you to accept cookies.",
    ),
    (
        "tracking",
        "We allow third parties to gather data about you through cookies.",
        "We do not allow any third parties to gather any data about you, including through the use of cookies.",
    ),
    (
        "tracking",
        "We track your browsing across websites.",
        "We use your name and address to collect, sort, track and deliver items to you.",
    ),
    (
        "legal-disclosure",
        "We will share your personal data with the authorities when the law requires it.",
        "We will share your personal data with overseas postal authorities and carriers.",
    ),
    (
        "security",
        "Your password is stored using a one way hash function.",
        "We share hashed identifiers with our advertising partners.",
    ),
    (
        "access-deletion",
        "You are entitled to have your personal data erased.",
        "We take measures to prevent the loss, destruction, access, modification or distribution of your data by unauthorized persons.",
    ),
    (
        "change-with-notice",
        "We will not make material changes to this policy without notifying you first.",
        "We will not make material changes to our products without testing them first.",
    ),
    // Data that stays after deletion is no right to delete, unless the right is said apart.
    (
        "access-deletion",
        "You can delete your account; however, some information may remain in backups.",
        "Even after you delete your account, your posts will remain on our servers.",
    ),
    (
        "sells-or-shares",
        "Under the CCPA, some information we share may be considered a 'sale'.",
        "We do not share data in ways that would be considered a sale.",
    ),
    (
        "merger-transfer",
        "Any acquirer of us or our assets may continue to use your Personal Information.",
        "Our payment processor and acquirer handle your card details.",
    ),
    (
        "tracking",
        "We use cookies to collect information about your visits.",
        "Usage of a cookie is in no way linked to any personally identifiable information.",
    ),
    (
        "sells-or-shares",
        "We may share your personal information with third parties for their marketing purposes.",
        "We may also share aggregated and/or anonymized information with third parties for marketing purposes.",
    ),
    // An exception that swallows the promise leaves none.
    (
        "no-sale",
        "We do not share your personal information with third parties, except where the law requires it.",
        "We do not share your personal information with third parties, except where we have a legitimate business need.",
    ),
    // Buying listed with selling: the negation covers both; a merger's "buy or sell" is no promise.
    (
        "no-sale",
        "We do not buy or sell personal data.",
        "If we buy or sell any business, your personal data may be transferred to the buyer.",
    ),
    // A choice with a link to make it is a choice; another firm's choices pointed at are not.
    (
        "opt-out",
        "To opt out of targeted ads, click here.",
        "For information about Adobe's practices and related opt-out choices, click here.",
    ),
    // Settings are a choice where they govern data, not wherever "you can" meets "Settings".
    (
        "opt-out",
        "You can change your cookie settings at any time.",
        "You can find more information in your account settings.",
    ),
    // A section's title is no choice offered.
    (
        "opt-out",
        "You can opt out in the Marketing Communications section of your account.",
        "Through cookies (defined in the “Tracking Tools, Advertising and Opt-Out” section below).",
    ),
    // Notice of the changes that matter in other words ("major changes", "a material update"); not the service's news of itself.
    (
        "change-with-notice",
        "In case of major changes, we will notify users by email.",
        "We will send notifications about major changes to our website and services.",
    ),
    // Notice promised with the policy left implied; not news of the reader's account.
    (
        "change-with-notice",
        "We will notify you of any changes by email.",
        "We will notify you of any changes to your account by email.",
    ),
    // Taking part in ad networks, and ads elsewhere from one's visits; choosing one's ads is a choice.
    (
        "advertising",
        "You may see certain ads on other websites because we participate in advertising networks.",
        "You can edit your preferences about the ads shown to you across the web.",
    ),
    // Advertising cookies shared across sites; a pointer to the choices about them is not.
    (
        "advertising",
        "Targeting and advertising cookies record your visits and share this information with third parties.",
        "For more information about your choices for advertising cookies used across the web, see our cookie page.",
    ),
    // Networks of other trades beside advertising are no ad network.
    (
        "advertising",
        "We manage our ads through digital marketing networks and advertisement exchanges that use cookies.",
        "We use data for measuring our advertising, securing our networks and debt collection.",
    ),
    // Tracking is of the reader or their use of the site, not of errors, shipments or songs.
    (
        "tracking",
        "We track your browsing and the pages you visit.",
        "We use Sentry to track errors in our app.",
    ),
    // A software kit gathers data only where it is said to.
    (
        "tracking",
        "We use analytics SDKs from third parties to collect usage data.",
        "Our SDK lets developers add chat features to their apps.",
    ),
    // Fingerprinting a device follows it; fingerprinting a song does not.
    (
        "tracking",
        "We use device fingerprinting to recognise your browser.",
        "We use audio fingerprinting to identify copyrighted songs.",
    ),
    // Not deleting when the reader leaves keeps the data; deleting on that clock is a limit.
    (
        "retention-indefinite",
        "We don't immediately delete your information when your subscription expires.",
        "Your data is deleted when your subscription expires.",
    ),
    // A floor of time, however far from its verb; not a floor of protection.
    (
        "retention-indefinite",
        "We retain information from accounts disabled for terms violations for at least a year.",
        "We maintain written contracts with these third parties and require that they provide at least the same level of protection.",
    ),
    // Deleted but for the backups, or not deletable at all.
    (
        "retention-indefinite",
        "All data will be deleted, except for backup copies.",
        "All data will be deleted, including backup copies, within 30 days.",
    ),
    // The company's own copy is no right of access; nor is an erasure refused.
    (
        "access-deletion",
        "You can request a copy of your information.",
        "We may also keep a copy of your information.",
    ),
    // An erasure refused is no right.
    (
        "access-deletion",
        "You can erase your data when you cancel.",
        "We do not erase your data when you cancel.",
    ),
    // Others let use the data for their own ends; a refusal to let them is no sale.
    (
        "sells-or-shares",
        "We may allow third parties to use your data for their own purposes.",
        "We do not allow third parties to use your data for their own purposes.",
    ),
    // Details passed on, in the plain verb; the reader's wish is not the company's promise.
    (
        "no-sale",
        "We never pass your details to other companies.",
        "If you would prefer that your posts are not shared with third party developers, you can turn off API access.",
    ),
    // A choice withheld, or made by someone else, is no choice of the reader's.
    (
        "opt-out",
        "You may opt out of publication of your details.",
        "Some top-level domains may not allow you to opt-out of publication.",
    ),
    // Consent taken back by a pronoun, or a mind changed about it.
    (
        "opt-out",
        "When you consent, you can change your mind at any time.",
        "We may choose whether to show you a particular ad.",
    ),
    // Refusing to give data is the reader's choice; the company refusing is not.
    (
        "opt-out",
        "You can refuse to provide personal data.",
        "We may refuse to provide you with a copy of your data where the law allows.",
    ),
    // A control denied is no choice.
    (
        "opt-out",
        "You can control cookies through your browser settings.",
        "You might not be able to control them using standard browser tools and settings.",
    ),
    // The limits of security over the network, however worded; a vendor's network service is no safeguard.
    (
        "security",
        "No transmission of data over the internet can be guaranteed to be secure.",
        "Our vendors provide hosting, customer support and network data transmission.",
    ),
    // Passwords kept unreadable, and staff bound to secrecy; a list of the data collected is neither.
    (
        "security",
        "Passwords are never stored in plain text.",
        "We collect account login credentials, such as usernames and passwords.",
    ),
    // Staff bound to secrecy is a safeguard; a visitor asked to sign an agreement is not.
    (
        "security",
        "Staff is required to sign a confidentiality agreement.",
        "We may ask visitors to our offices to sign a non-disclosure agreement.",
    ),
    // Data coming in from the authorities, the reader's rights, consent the law requires: no disclosure to the law.
    (
        "legal-disclosure",
        "We may disclose information to law enforcement agencies when required by law.",
        "We may receive information about you from law enforcement agencies.",
    ),
    // Consent the law requires is no disclosure to the law.
    (
        "legal-disclosure",
        "We share your data with the police where required by law.",
        "We share your data with our marketing partners, with your consent where required by law.",
    ),
    // Use said to be consent, whatever opens the sentence or verb it takes.
    (
        "consent-by-use",
        "By using our website, you allow us to collect and share your personal data.",
        "By using our website, you can find out more about our products.",
    ),
    // A country as a place data goes, not as a field of the data or where the reader lives.
    (
        "international-transfer",
        "We may transfer your personal data to a third country.",
        "Here we store your name, email, country, plan and language.",
    ),
    // Where the reader lives is no place data goes.
    (
        "international-transfer",
        "Your personal data may be sent outside of the country where you reside.",
        "If you reside or are located in the EEA, you have the right to complain to a supervisory authority.",
    ),
    // A rule for users is no sale of the company's.
    (
        "sells-or-shares",
        "We may sell your personal information to third parties.",
        "Users are prohibited from selling other users' personal information.",
    ),
    // Notice refused with words between 'without' and the notice is no notice.
    (
        "change-without-notice",
        "We may update this policy with or without giving any prior notice to users.",
        "We will update this policy only after giving you prior notice by email.",
    ),
    // The reader asking the company not to share is a choice, not its promise.
    (
        "no-sale",
        "We will not share your information with third parties for marketing purposes.",
        "You can also ask us to not share your information with third parties for marketing purposes.",
    ),
    // Continued use made subject to the updated policy is consent by use.
    (
        "consent-by-use",
        "Your continued use of the Services after a change will be subject to the updated policy.",
        "The updated policy will be posted on this page.",
    ),
    // Shared with any third party for any purpose is a share for their own.
    (
        "sells-or-shares",
        "We may share your data with any third party for any purpose.",
        "We may share your data with service providers for the purposes described in this policy.",
    ),
    // A password changed, or the reader's profile exported by others, is no right over the reader's data.
    (
        "access-deletion",
        "You can correct your account information at any time.",
        "You can change your account password in Settings.",
    ),
    // A guardian appointed for an adult is no child's guardian.
    (
        "children",
        "A parent or guardian must consent before a child under 13 registers.",
        "You may appoint a legal guardian to act for you.",
    ),
    // Kept longer than said, with no bound but the company's; the law's extension is bounded by it.
    (
        "retention-indefinite",
        "However, in some circumstances, we will retain your personal information for longer periods of time.",
        "We may keep other data for longer periods if the law requires it.",
    ),
    // Refusing to supply data is a choice; tracking fraud or a payment follows no reader.
    (
        "opt-out",
        "Users can always refuse to supply personally identification information.",
        "We may refuse to supply services to users who break these terms.",
    ),
    // Fraud tracked is no reader followed.
    (
        "tracking",
        "We track your activities across websites.",
        "We use your information to track and prevent fraudulent activities.",
    ),
    // Accessing or visiting the site said to be agreement is consent by use; using one's account is not.
    (
        "consent-by-use",
        "When you access this web site, you acknowledge that you have read and agree to abide by this policy.",
        "When you access your account, you can see your orders.",
    ),
    // Notice promised for the changes that matter, in other words; the reader told to check back is no notice.
    (
        "change-with-notice",
        "If these changes affect how your personal data is processed, we will take reasonable steps to make sure you know.",
        "We reserve the right to make changes in this Privacy Policy, so please check back from time to time to ensure you are aware of them.",
    ),
    // The reader's data named as the data the company holds ('any data we have about you').
    (
        "access-deletion",
        "You can ask us to delete any data we hold about you.",
        "We may delete any data at any time.",
    ),
    // Data given to advertisers: the giving is what a promise negates.
    (
        "advertising",
        "We may share your personal information with third-party advertisers.",
        "We do not share your personal information with third-party advertisers.",
    ),
    // Others kept from tracking: a negated permission is no tracking.
    (
        "tracking",
        "We allow advertisers to track you on our site.",
        "We do not allow advertisers to track you on our site.",
    ),
    // What the reader updates is no change to the policy, even on the page that holds it.
    (
        "change-without-notice",
        "We may update this policy at any time by posting it on this page.",
        "You may update your communication preferences at any time by visiting this page.",
    ),
    // Asked to accept the revised text, or to consent, is the strongest notice; accepting by continued use is none.
    (
        "change-with-notice",
        "You may be required to read and accept any revised Policy before it applies to you.",
        "If you continue to use the site after changes, you accept the revised policy.",
    ),
    // The misspelling 'advanced notice' is notice.
    (
        "change-with-notice",
        "We will provide you with advanced notice if we make any material changes to this policy.",
        "We will provide you with advanced features if you upgrade your plan.",
    ),
    // Rights not reduced without consent: a change conditioned on consent.
    (
        "change-with-notice",
        "We will not reduce your rights under this Privacy Policy without your explicit consent.",
        "We will not reduce your rights under this policy.",
    ),
    // Kept even once the data is deleted, said in the passive, is no limit.
    (
        "retention-indefinite",
        "Please note that even if your data is deleted, copies may be kept in our archives.",
        "Even if your account is deleted, we keep your data for 30 days and then erase it.",
    ),
    // The policy that governs retained data bounds no time.
    (
        "retention-limited",
        "We retain your information for as long as your account is active.",
        "Retained personal information will remain subject to the terms of this Privacy Policy.",
    ),
    // Kept past the period just stated.
    (
        "retention-indefinite",
        "We keep opt-out information for longer than this period so that we can honor your requests.",
        "We keep opt-out information for no longer than this period.",
    ),
    // What the reader may ask the company not to do is a choice, not a promise.
    (
        "no-sale",
        "We do not share your personal information with third parties.",
        "If you prefer us not to share your personal information, you can alter the settings on your account.",
    ),
    // The business sold, said plainly: its buyer.
    (
        "merger-transfer",
        "We may also share your personal information with a purchaser or a potential purchaser of our business.",
        "We may share your information with the purchaser of a gift card.",
    ),
    // The reader's own bankruptcy, a field of a credit check, is no merger.
    (
        "merger-transfer",
        "If we go bankrupt, your data may be sold to a third party.",
        "We may ask about any adverse credit history such as County Court Judgments, debt relief orders and bankruptcy.",
    ),
    // What the law requires the company to tell the reader, or the reader to give, discloses nothing to the authorities.
    (
        "legal-disclosure",
        "We will disclose your data where the law requires us to do so.",
        "California law requires certain businesses to respond to requests from California residents about their practices.",
    ),
    // Data the reader is asked to give to meet a legal requirement is collected, not disclosed.
    (
        "legal-disclosure",
        "We may provide your personal information to comply with a legal requirement.",
        "If we ask you to provide personal information to comply with a legal requirement, we will make this clear.",
    ),
    // Signing in to an account is no right over its data; its information is.
    (
        "access-deletion",
        "You can access your account information at any time.",
        "Our apps allow you to access your accounts and trade securities.",
    ),
    // Others than 'you' may hold the right: customers, users, of their accounts.
    (
        "access-deletion",
        "Customers can request deletion of their data by emailing us.",
        "Customers can export limited information from your profile.",
    ),
    // Data or cookies the reader need not give: a choice.
    (
        "opt-out",
        "You do not have to give us any personal information in order to read our site.",
        "You have to give us your email address in order to register.",
    ),
    // The company's own statistics are no analytics that follow visitors.
    (
        "tracking",
        "We use Google Analytics to understand how visitors use our website.",
        "Our data analytics projects use data from customer accounts.",
    ),
    // Safeguards in plain words: two-step verification, hashed passwords, an account behind a password.
    (
        "security",
        "Account passwords are hashed, which means we cannot see them.",
        "You may be required to create a password-protected user account.",
    ),
    // The legal safeguards of a transfer abroad are no security measure.
    (
        "security",
        "We have implemented appropriate technical and organisational measures to protect your data.",
        "We rely on appropriate safeguards such as the standard contractual clauses for these transfers.",
    ),
    // Access limited, as a list item.
    (
        "security",
        "• Limiting access to the information we collect about you;",
        "• Limiting your use of our services;",
    ),
    // Third-party advertising partners used by the site, and advertisers using the reader's data.
    (
        "advertising",
        "We may also use third-party advertising partners on our website.",
        "You may visit a website that uses our advertising services.",
    ),
    // Countries named as places data goes, not in names.
    (
        "international-transfer",
        "Your data will be processed in Australia, Mexico and the US.",
        "Japan Talk may disclose information you provide if required to do so by law.",
    ),
    // An age the law names, not a number.
    (
        "children",
        "If we learn that someone under the appropriate age has provided us with personal information, we will delete it.",
        "We may ask whether you have any children or pets.",
    ),
    // Imperative list items and the right to know are access rights.
    (
        "access-deletion",
        "• Ask for erasure of personal data regarding you.",
        "This policy lets you know what information we collect.",
    ),
    // Authorities by other names: a public health authority, law enforcement bodies.
    (
        "legal-disclosure",
        "We will share your personal information only when it is requested by a public health authority.",
        "Indeed is subject to the investigatory and enforcement powers of the FTC and other regulatory bodies.",
    ),
    // A right taken away is no choice.
    (
        "opt-out",
        "You can change your privacy settings at any time.",
        "Your administrator may restrict your ability to change your privacy settings.",
    ),
    // Consent given in the settings is given, not presumed from use.
    (
        "consent-by-use",
        "By accessing this website, you consent to this policy.",
        "You can consent to analytics cookies by accessing the cookie settings panel.",
    ),
    // A document called a notice gives none: 'this Privacy Notice to reflect changes', 'Notice of Privacy Practices'.
    (
        "change-without-notice",
        "We may update this privacy notice to reflect changes in our practices.",
        "We will give you notice of any material changes to this privacy notice.",
    ),
    // 'without any prior notification' refuses notice.
    (
        "change-with-notice",
        "This Privacy Policy may be updated from time to time; we will send you a notification by email.",
        "This Privacy Policy may be updated from time to time, without any prior notification.",
    ),
    // Not shared once the reader opts out is shared until then.
    (
        "no-sale",
        "We will not share your data with third parties for their marketing purposes.",
        "We will not share your data with third parties for their marketing purposes if you have opted out.",
    ),
    // Resale barred to the recipients is no promise of the company's.
    (
        "no-sale",
        "We will not sell, rent or trade your personal information.",
        "These companies are in no way authorized to sell, rent or trade your personal information.",
    ),
    // 'divulge' hands data on as 'disclose' does.
    (
        "no-sale",
        "The Company shall not divulge any private information of its clients to third parties.",
        "We urge you to keep your password in a safe place and not to divulge it to anyone.",
    ),
    // Not all deleted is kept: 'unable to fully delete', 'does not remove all'.
    (
        "retention-indefinite",
        "Deleting your account does not remove all your data from our servers.",
        "Deleting your account removes all your data from our servers.",
    ),
    // Kept after the account closes as the law requires is bounded by it.
    (
        "retention-limited",
        "After your account is closed we keep your data for as long as the law requires.",
        "If requested to remove data, we will respond within a reasonable timeframe.",
    ),
    // Removed once used, in so many words.
    (
        "retention-limited",
        "We use this information for statistical analysis and then the data is removed from the system.",
        "We collect this information solely to operate, provide, maintain and improve our website.",
    ),
    // Breaches, their limits and confidentiality kept are security; the data protection officer's address is not.
    (
        "security",
        "We are not responsible for any breach of security caused by third parties.",
        "Please contact our data protection officer in writing at: 100 New Bridge Street.",
    ),
    // Access kept to those who need it, said of the data.
    (
        "security",
        "Access to your personal data is restricted to employees who need it to do their jobs.",
        "Access to our website is restricted to users who have registered.",
    ),
    // The reader's duty to keep an ID secret is no safeguard of the company's.
    (
        "security",
        "We take all necessary precautions to ensure the confidentiality of your information.",
        "You are solely responsible for maintaining the confidentiality of your User ID.",
    ),
    // The company's own access, or access to the service, is no right over the data.
    (
        "access-deletion",
        "You are able to access your data at any time.",
        "We may be able to access your data when you contact support.",
    ),
    // Rights asked for without 'that', or with the data unnamed.
    (
        "access-deletion",
        "You may request your data be deleted or corrected.",
        "You may request a demo of our product.",
    ),
    // Control lost is no choice; nor are the company's wishes.
    (
        "opt-out",
        "You may control how your information is used through your privacy settings.",
        "If you lose control over your password, you may lose control over your personal information.",
    ),
    // Access to the reader's data sold for a fee.
    (
        "sells-or-shares",
        "We reserve the right to charge third parties a fee for accessing your information, including Personal Data.",
        "You will not have to pay a fee to access your personal information.",
    ),
    // Acceptance by use in the perfect tense, and of 'Websites'.
    (
        "consent-by-use",
        "Your use of our Websites signifies that you have read and understand this policy.",
        "Your use of our Websites is governed by our Terms of Use.",
    ),
    // Staff disciplined disclose nothing of the reader's.
    (
        "legal-disclosure",
        "We may disclose your data to law enforcement and will notify you unless prohibited.",
        "Employees who violate this policy face disciplinary actions, which can include a referral to law enforcement agencies.",
    ),
    // A parent undertaking is a company.
    (
        "children",
        "Parents can delete their child's account at any time.",
        "Acme Ltd is the parent undertaking of the group.",
    ),
    // A shop is no store of data.
    (
        "retention-limited",
        "We store your order history for 12 months.",
        "Our store opening hours are 9am to 5pm.",
    ),
    // Content that stays after the account is terminated or closed.
    (
        "retention-indefinite",
        "Your posts and certain profile information may remain even after you terminate your account.",
        "Your posts will be removed when you terminate your account.",
    ),
    // A sale denied with a practice named first is no sale.
    (
        "sells-or-shares",
        "We may sell your personal data to third parties.",
        "We do not collect or sell your personal data.",
    ),
    // The reader's home is no place data goes.
    (
        "international-transfer",
        "Your data may be processed outside the EEA.",
        "If you live in the EEA, we process your data on the basis of consent.",
    ),
    // Cross-site tracking in the CalOPPA formula.
    (
        "tracking",
        "Our partners may collect information about your online activities over time and across different websites.",
        "Our partners may collect information about your order.",
    ),
    // Restriction and objection in other words.
    (
        "opt-out",
        "You can ask us to suspend the processing of your data.",
        "You can ask us to suspend your subscription.",
    ),
    // Data downloaded by the reader; a copy the company is sent is not.
    (
        "access-deletion",
        "You may download your data at any time.",
        "We might receive a copy of the information you supplied to our partner.",
    ),
    // Rights named as nouns, the CCPA's right to know.
    (
        "access-deletion",
        "You can request portability of your personal information.",
        "You can request a quote for our services.",
    ),
    // The business bought, by a company that acquires it.
    (
        "merger-transfer",
        "If another company acquires Yelp, or all or substantially all our assets, that company will possess the same information.",
        "If another company acquires a license to our software, nothing changes for you.",
    ),
    // Systems based abroad, not a dispute channel's seat.
    (
        "international-transfer",
        "Many of our systems are based in the United States.",
        "JAMS is an alternative dispute resolution provider based in the U.S.",
    ),
    // Device controls and requests to stop sending are choices.
    (
        "opt-out",
        "This access can be toggled on or off at any time in your device's settings.",
        "The light can be toggled on or off with the switch.",
    ),
    // A subject access request is the right of access.
    (
        "access-deletion",
        "You can use this form to make a Subject Access Request.",
        "We received a request from a subject of our newsletter.",
    ),
    // Data the reader does not want used: a choice; leaving the service is none.
    (
        "opt-out",
        "If you do not want this information used to serve you targeted ads, click the Privacy button.",
        "If you do not want your information transferred outside the EEA, you should stop using the Services.",
    ),
    // Efforts to protect, in plain words; a commitment to privacy is not one.
    (
        "security",
        "We strive to protect the personal information submitted to us, both during transmission and once we receive it.",
        "We are committed to protecting your privacy.",
    ),
    // Browsing on other sites collected by an extension.
    (
        "tracking",
        "Our browser extension may collect the URLs of other websites you visit.",
        "Our browser extension may collect the URLs you save.",
    ),
    // An order's tracking, and tags on photos, follow no one.
    (
        "tracking",
        "We use tags and pixels to measure our campaigns.",
        "We will email you tracking information for your parcel.",
    ),
    // The reader's reports to the company disclose nothing to the authorities.
    (
        "legal-disclosure",
        "We may report suspicious activity to law enforcement.",
        "Please report suspicious login activity so that we can investigate it.",
    ),
    // A law's reach is no place data goes.
    (
        "international-transfer",
        "Your personal data may be transferred to other jurisdictions.",
        "In some jurisdictions, we process data on the basis of consent.",
    ),
    // Data put together is no merger.
    (
        "merger-transfer",
        "We may transfer your information to the company we merge with.",
        "We may combine or merge information we receive from other sources with the information you give us.",
    ),
    // No limit set is no limit: kept without a fixed time limit, or until further notice.
    (
        "retention-indefinite",
        "Your personal data will be retained without a fixed time limit.",
        "Your personal data will be retained for a fixed period of two years.",
    ),
    // Data that can never be deleted is kept for good.
    (
        "retention-indefinite",
        "Your comments become part of the public record and cannot be deleted.",
        "Your comments can be deleted at any time.",
    ),
    // Notice not owed is no notice.
    (
        "change-without-notice",
        "We may change this policy and are not required to notify you.",
        "We may change this policy and will notify you by email.",
    ),
    // A choice named and then denied is none.
    (
        "opt-out",
        "You may opt out of analytics cookies at any time.",
        "Opting out of essential cookies is not possible.",
    ),
    // Using the service in other ways is use too; agreeing to a forum's rules is not.
    (
        "consent-by-use",
        "By playing our games, you agree to this policy.",
        "You agree that by participating in our forums, you will not post unlawful content.",
    ),
    // Deemed to have read and accepted; not cookies accepted as consent.
    (
        "consent-by-use",
        "Users who access the portal are deemed to have read and accepted this notice.",
        "If you choose to accept analytics cookies, it will constitute consent for Google to deploy its cookies.",
    ),
    // The successor named alone; not a successor web address.
    (
        "merger-transfer",
        "Customer data may be transferred to the successor to our business.",
        "Please read the privacy statement of our search partner, as updated from time to time and at any successor locations.",
    ),
    // Disclosure as a noun; a governmental jurisdiction is a place, not an authority.
    (
        "legal-disclosure",
        "Disclosure of your data may be made to the police.",
        "Your information may be transferred to computers located outside of your state, province, country or other governmental jurisdiction.",
    ),
    // A negation reaches the last item of a list of single words.
    (
        "access-deletion",
        "You can access, update or delete your information at any time.",
        "You will also not be able to access, update or delete that information pursuant to this privacy policy.",
    ),
    // ... and the same list read as no policy change.
    (
        "change-without-notice",
        "We may update this privacy policy at any time.",
        "You will also not be able to access, update or delete that information pursuant to this privacy policy.",
    ),
    // The children's rule is no promise about selling.
    (
        "no-sale",
        "We do not sell, rent or disclose your personal information to third parties.",
        "We do not knowingly collect, use, or disclose personal information from children under the age of 13.",
    ),
    // A pixel named in the singular, and named tools.
    (
        "tracking",
        "We use the Meta pixel to measure conversions on our checkout page.",
        "We do not use advertising pixels.",
    ),
    // Do Not Track ignored, or without effect.
    (
        "do-not-track",
        "We ignore Do Not Track.",
        "We do not track you across other websites.",
    ),
    // Other readers of their own records: patients, and seeing one's data.
    (
        "access-deletion",
        "Patients may inspect and obtain a copy of their medical records.",
        "You can still view content and complete exercises without an account.",
    ),
    // A promise whose exception names recipients with ends of their own is a sale.
    (
        "sells-or-shares",
        "We do not sell your personal information except to carefully selected partners.",
        "We do not sell your personal information except as required by law.",
    ),
    // ... and is then no promise.
    (
        "no-sale",
        "We do not sell your personal information except as required by law.",
        "We do not sell your personal information except to carefully selected partners.",
    ),
    // Data traded, exchanged or licensed; not a trading name.
    (
        "sells-or-shares",
        "We may trade your information with other companies in our network.",
        "Affiliates, trading names and divisions within our group of companies may process your information.",
    ),
    // The company's own ads chosen from the reader's data.
    (
        "targeted-ads",
        "We use your purchase history to show you ads.",
        "You can change your ad preferences to see fewer ads based on your interests.",
    ),
    // The risk of sending data left with the reader is a limit of security; posting publicly at one's own risk is not.
    (
        "security",
        "Any transmission of personal data is at your own risk.",
        "The information you post on our forums is public, and you post it at your own risk.",
    ),
    // The audience named otherwise.
    (
        "children",
        "Underage users are not permitted to create an account.",
        "We were founded 13 years ago in a garage.",
    ),
    // Regions, and data exported.
    (
        "international-transfer",
        "Where your data is exported outside the EEA, we ensure adequate safeguards are in place.",
        "You can transfer money to friends abroad using the app.",
    ),
    // Notice denied in so many words.
    (
        "change-without-notice",
        "Changes to this policy take effect immediately and no notice will be sent.",
        "Changes to this policy will be communicated to users by email.",
    ),
    // Vendors named by their trade or by what they do for the company; not the reader's next provider.
    (
        "service-providers",
        "We employ other companies and individuals to perform functions on our behalf.",
        "You can ask us to send your data directly to another service provider.",
    ),
    // A negation reaches across 'third-party'; a definition names no vendor.
    (
        "service-providers",
        "Your data is stored by our hosting provider on our behalf.",
        "We do not use any third-party service providers to process your data.",
    ),
    // Notice not promised: 'will not necessarily notify you' (the anchor's own 'will not' is no promise).
    (
        "change-without-notice",
        "We may update this policy and we will not necessarily notify you.",
        "We will not update this policy without notifying you.",
    ),
    // A promise of notice in 'may not'.
    (
        "change-with-notice",
        "We may not change this policy without notifying you first.",
        "We may change this policy at any time without notifying you.",
    ),
    // Kept after deletion in backups.
    (
        "retention-indefinite",
        "Even if you ask us to delete your data, we may keep copies in our offline backups.",
        "If you ask us to delete your data, we will delete it within 30 days, including from backups.",
    ),
    // The reader told to keep something sets no limit of the company's.
    (
        "retention-limited",
        "We keep your order history for as long as your account is open.",
        "Please keep your login details safe for as long as your account is open.",
    ),
    // Recipients with ends of their own, named by what they do.
    (
        "sells-or-shares",
        "Your name and address may be passed to other charities so that they can contact you directly about their work.",
        "Your name and address may be passed to our mailing house so that it can send you our magazine on our behalf.",
    ),
    // A sale defined by the law is no sale.
    (
        "sells-or-shares",
        "We may share your personal information with third parties for monetary or other valuable consideration.",
        "Sell means to share personal information with a third party for monetary or other valuable consideration.",
    ),
    // Safeguards named plainly; not a purpose of use.
    (
        "security",
        "Paper records are kept in locked filing cabinets.",
        "We use your information to detect and prevent security incidents and fraud.",
    ),
    // Switches in the reader's hands; not a machine switched off.
    (
        "opt-out",
        "Push notifications can be switched off in your device settings.",
        "Persistent cookies remain on your computer after you have turned off your computer.",
    ),
    // Portability in the GDPR's words.
    (
        "access-deletion",
        "You are entitled to receive the personal data you have provided to us in a structured, commonly used format.",
        "We store your personal data in a structured database.",
    ),
    // A quoted term defined is no practice.
    (
        "legal-disclosure",
        "We may disclose your information in response to a subpoena or court order.",
        "\"Legal process\" means any subpoena, warrant, court order or similar demand.",
    ),
    // Do Not Track is no 'do not track your location'.
    (
        "do-not-track",
        "Enabling Do Not Track has no effect on our data collection.",
        "We do not track your precise location unless you enable location services.",
    ),
    // Kept at the company's discretion, or for no named period.
    (
        "retention-indefinite",
        "Call recordings may be kept for as long as the Bank considers appropriate.",
        "Call recordings are kept for 90 days and then deleted.",
    ),
    // Notice in other words; not personally identifiable information.
    (
        "change-with-notice",
        "Should this Privacy Policy be amended, we will contact our members personally to explain the changes.",
        "A visitor may modify or update their personally identifiable information as provided in this Privacy Statement.",
    ),
    // Nothing for sale.
    (
        "no-sale",
        "We respect your privacy: your data isn't for sale.",
        "Our products are for sale in stores nationwide.",
    ),
    // A negation reaches across 'nor our affiliates'.
    (
        "no-sale",
        "Neither we nor our affiliates sell personal information collected through the Services.",
        "We and our affiliates may sell personal information collected through the Services.",
    ),
    // Recipients held to the company's purpose.
    (
        "service-providers",
        "Print and distribution partners receive subscriber addresses solely to deliver the newspaper.",
        "Print and distribution partners receive subscriber addresses and may use them for their own offers.",
    ),
    // Lists of customers are personal data; app ad networks by name.
    (
        "no-sale",
        "We never sell our customer list.",
        "We never sell our products below cost.",
    ),
    // App ad networks by name.
    (
        "advertising",
        "The App shows ads from Google AdMob.",
        "The App uses Google Firebase to store your settings.",
    ),
    // 'Neither … nor' reaches across the second subject.
    (
        "no-sale",
        "Neither Acme nor its affiliates sell your personal information.",
        "Acme and its affiliates may sell your personal information.",
    ),
    // A sale listed with 'or otherwise'.
    (
        "sells-or-shares",
        "We may sell, rent or otherwise disclose your personal information to third parties.",
        "This consent does not include selling, renting, sharing or otherwise disclosing your personal information.",
    ),
    // A promise of notice, negated.
    (
        "change-without-notice",
        "We may change this policy at any time without first notifying you.",
        "We will not change this policy without first notifying you.",
    ),
    // A right denied is no right.
    (
        "access-deletion",
        "We provide users with the ability to delete their data.",
        "We do not provide users with the ability to delete their data.",
    ),
    // The company as a processor is no vendor of its own.
    (
        "service-providers",
        "Payment processors receive your card details to complete transactions.",
        "When we process data on behalf of our customers, we act as a processor.",
    ),
    // No retention period is no limit.
    (
        "retention-indefinite",
        "There is no fixed retention period for the information we collect.",
        "There is a fixed retention period of two years for the information we collect.",
    ),
    // A term defined after a colon is no practice.
    (
        "opt-out",
        "You can opt out of our newsletter at any time.",
        "Opt-out: Means a choice by which a user indicates that they do not wish to take part.",
    ),
    // The company's trade is no safeguard.
    (
        "security",
        "We encrypt your data in transit and at rest.",
        "We sell encryption software to businesses.",
    ),
    // Another company's practice is not this one's.
    (
        "sells-or-shares",
        "We may sell the information you give us to data brokers.",
        "Other websites may sell the information you give them, so please read their privacy policies.",
    ),
    // A choice named only for its limit is no choice offered.
    (
        "opt-out",
        "You can opt out of our marketing emails at any time by using the unsubscribe link.",
        "If you opt out, we may still send you administrative emails, such as those about your account.",
    ),
    // The data named among the assets of a sale; not the company's goods.
    (
        "merger-transfer",
        "In such transactions, personally identifiable information you have shared with us is generally one of the business assets that will be transferred.",
        "Our stores are among the assets we value most.",
    ),
    // Vendors that collect or receive data for the company.
    (
        "service-providers",
        "Some information we acquire may be collected by third-party providers on our behalf.",
        "If you are a vendor registering on our marketplace, we collect your business name and tax ID.",
    ),
    // Ads chosen by browsing, in 'based upon' words.
    (
        "advertising",
        "Our partners may use cookies to gather information about your activities on our Websites in order to suggest advertisements based upon your browsing activities.",
        "We recommend articles based upon your browsing activities.",
    ),
    // A parent's request to correct a child's record; an app's access switched off is a setting.
    (
        "access-deletion",
        "A parent may request updates or corrections to a Child Account's registration information by contacting support.",
        "You may disable the mobile applications' access to this information at any time by editing the settings on your device.",
    ),
    // Regulators as overseers are no recipients.
    (
        "legal-disclosure",
        "We may disclose your information to regulatory authorities where the law requires it.",
        "We work with the appropriate regulatory authorities, including local data protection authorities, to resolve any complaints regarding the transfer of your data.",
    ),
    // Where the reader is, not where the data goes.
    (
        "international-transfer",
        "If you are in the European Economic Area, your information will be transferred to the United States.",
        "If you are an individual in the European Economic Area (EEA), we collect and process information about you only where we have a legal basis for doing so.",
    ),
    // Ads shown on other sites, ads chosen from what the reader viewed, advertising cookies in use.
    (
        "advertising",
        "As a result, third-party vendors, including Google, may show our ads on sites on the internet.",
        "Our team places job ads on other websites to recruit staff.",
    ),
    // Ads chosen from what the reader viewed.
    (
        "targeted-ads",
        "We may also display ads based on the page you're on or content you have recently viewed.",
        "We may also display articles based on the page you're on or content you have recently viewed.",
    ),
    // Advertising cookies in use; not where to refuse them.
    (
        "advertising",
        "Reverso also uses advertising cookies, subject to your consent requested during your visit.",
        "You can refuse advertising cookies in your browser settings.",
    ),
    // The company as another's vendor, or the reader's own provider, is no vendor of the company's.
    (
        "service-providers",
        "We share your order details with our payment provider so that it can process your payment.",
        "When you pay, we use an encrypted token issued by your payment provider to collect the payment.",
    ),
    // The company acting as a processor for its customers.
    (
        "service-providers",
        "Our hosting provider stores your data on our behalf.",
        "This policy does not apply where we process personal information as a service provider on behalf of our customers.",
    ),
    // What cookies are or how to refuse them names no tracking.
    (
        "tracking",
        "We use persistent cookies to remember you between visits.",
        "You can instruct your browser, by changing its settings, to stop accepting cookies.",
    ),
    // Other countries' weaker laws, where the data goes; not linked sites' practices.
    (
        "international-transfer",
        "Those countries may not have the same data protection laws as the country in which you initially provided the information.",
        "Linked websites have their own privacy policies, which may differ from ours.",
    ),
    // Working with the police, and answering the authorities' requests; not the rights of foreign authorities, a risk of a transfer.
    (
        "legal-disclosure",
        "We work with law enforcement to keep our platform safe.",
        "The rights of authorities to access your personal information in such countries may not be equivalent to those of your home country.",
    ),
    // Requests from the authorities answered.
    (
        "legal-disclosure",
        "We may use your information to comply with lawful requests by public authorities.",
        "We publish a transparency report on government requests every year.",
    ),
    // Leaving, the answer to a change of the policy, is no right over data; nor is the company closing the account.
    (
        "access-deletion",
        "You may close your account at any time from the settings page.",
        "If you do not agree to any of the changes, you may choose to close your Account.",
    ),
    // The company reviewing a request is no review of data by the reader.
    (
        "access-deletion",
        "You may request to review the personal information we hold about you.",
        "Once we receive your request, we will review it and verify your identity.",
    ),
    // Data kept secure, said plainly; not the reader's own part.
    (
        "security",
        "We keep your voice information secure.",
        "Users also have a role to play in keeping their data safe.",
    ),
    // Using the service as consent, in other openings.
    (
        "consent-by-use",
        "When using our service you consent to the collection and use of your information.",
        "When using our service you may ask us for a copy of your information.",
    ),
    // Data licensed to others is sold in all but name; content licensed to the company is not.
    (
        "sells-or-shares",
        "Such data may also be licensed and/or transferred to third parties.",
        "We share information with content partners that license this content to us.",
    ),
    // A sale of the company in other words.
    (
        "merger-transfer",
        "Any other entity that buys us or part of our business will have the right to continue to use your data.",
        "Any customer that buys our products will receive an invoice by email.",
    ),
    // Kept in backups until deletion is possible, with no time.
    (
        "retention-indefinite",
        "We will securely store the information and isolate it from further processing on backup discs until deletion is possible.",
        "We will delete the information from our backup discs within 30 days.",
    ),
    // Others' ads carried, and ad companies among the recipients.
    (
        "advertising",
        "As well as providing the Services on our Platforms, we also feature advertising from third parties.",
        "We also feature articles from third parties.",
    ),
    // Ad companies listed among the recipients; not among the sources.
    (
        "advertising",
        "These categories of third parties include, but are not limited to, advertising networks and social networks.",
        "These categories of sources include, but are not limited to, advertising networks from which we receive information.",
    ),
    // Others following the reader's visits to other sites, and analytics by vendors.
    (
        "tracking",
        "These companies may use information about your visits to this and other websites in order to provide advertisements about goods and services of interest to you.",
        "This and other websites are listed in our directory.",
    ),
    // Vendors analysing visits for the company.
    (
        "tracking",
        "For example, these service providers may help us analyze visitor activity on the Site.",
        "Our consultants analyze traffic accidents for insurers.",
    ),
    // Vendors said by what binds them, or engaged for the company's work.
    (
        "service-providers",
        "These third parties can only use your data in accordance with our written instructions.",
        "You must use the equipment in accordance with our written instructions.",
    ),
    // A company engaged for the company's own work.
    (
        "service-providers",
        "If you elect to pay by credit card, we may engage a third party to securely process your payment.",
        "If you elect to pay by credit card, your bank may charge a fee.",
    ),
    // What the Do Not Track signal is says nothing of the company's answer; the answer beside it does.
    (
        "do-not-track",
        "Do Not Track is a privacy preference that users can set in certain web browsers; we do not recognise it.",
        "Do Not Track (DNT) is a privacy preference that users can set in some web browsers.",
    ),
    // Others taking the data for their own ends; not where the company forbids it.
    (
        "sells-or-shares",
        "These third party providers may collect user information from our services for their own purposes.",
        "We do not allow our third party service providers to use your personal information for their own purposes.",
    ),
    // Rights in other words: the right to know, confirmation of what is held, porting, a deletion asked for by pronoun; the data named before the power.
    (
        "access-deletion",
        "Some data you can delete whenever you like, such as the content that you create or upload.",
        "Some data you can find on our blog, such as the articles that we publish.",
    ),
    // The right to know what is held.
    (
        "access-deletion",
        "Upon request, we will provide you with information about whether we hold any of your personal data.",
        "Upon request, we will provide you with information about our products.",
    ),
    // Nothing done until the reader agrees, said of messages, devices or cookies; not consent as one legal basis among others.
    (
        "opt-out",
        "With your consent, we may send push notifications to your mobile device.",
        "We will normally collect personal data from you only where we have your consent, where we need it to perform a contract, or where it is in our legitimate interests.",
    ),
    // Data abroad open to the authorities there.
    (
        "legal-disclosure",
        "While such information is outside of your country, it may be subject to disclosure to the governments, courts or law enforcement agencies of that country.",
        "Your posts may be subject to moderation by our community team.",
    ),
    // Ads personalised for the reader, said with a gerund (OPP-115, msn.com, read again).
    (
        "targeted-ads",
        "We may use search query data for the purpose of personalizing the ads we display to you.",
        "You can learn more about personalizing ads in our settings.",
    ),
    // Consent asked before a use beyond the stated ones, and an option to prevent sharing, are choices (OPP-115 google.com, vikings.com, read again).
    (
        "opt-out",
        "We will ask for your consent before using information for a purpose other than those that are set out in this Privacy Policy.",
        "This option helps to prevent fraud.",
    ),
    // An option to prevent sharing is a choice.
    (
        "opt-out",
        "We will always provide you with an option to prevent this information from being shared with third parties.",
        "We use firewalls to prevent unauthorised access to your information.",
    ),
    // Data that stays in backups is kept past deletion, as data that remains there is (OPP-115 ticketmaster.com, read again); staying in touch keeps nothing.
    (
        "retention-indefinite",
        "This information may stay in our backup files.",
        "Please stay in touch with our records office.",
    ),
    // Ads chosen by what should interest the reader are targeted ads (OPP-115 fortune.com and playstation.com, read again); offers that may interest you name no ads.
    (
        "targeted-ads",
        "We use cookies to deliver advertisements that you might be interested in.",
        "We may send you offers that may interest you.",
    ),
    // A choice named only for its limit, whoever makes it (OPP-115 sltrib.com, dev half of the readers).
    (
        "opt-out",
        "Registered users may opt out of receiving e-mails from us at any time.",
        "Even if the registered user chooses to opt-out of receiving e-mails, we reserve the right to contact the user regarding account status.",
    ),
    // A right that lasts as long as the records do is no retention period (OPP-115 kaleidahealth.org, dev half of the readers).
    (
        "retention-limited",
        "We keep your health records for as long as the law requires and then destroy them.",
        "You have the right to inspect and obtain a copy of your health information for as long as we maintain this information in our records.",
    ),
    // What others keep is not the company's limit (OPP-115 citizen.org, dev half of the readers).
    (
        "retention-limited",
        "We will not retain your payment details after the transaction is complete.",
        "We may give consultants temporary access to such information; they will not retain the information or contact the people whose information they have access to.",
    ),
    // Tracking put to advertising is advertising (real sentences dev half, OPP-115 readers dev half); a way out of it is a choice.
    (
        "advertising",
        "We use cookies and similar technologies for advertising and marketing purposes.",
        "You can disable cookies used for advertising purposes in your browser.",
    ),
    // Removal asked for and obtained is the right to delete; removal a court asks for is not.
    (
        "access-deletion",
        "If you are under 18, you may request and obtain removal of content or information you posted on the Services.",
        "Law enforcement may request removal of content you post.",
    ),
    // A promise's exception that names recipients with ends of their own, further on in its list, is a sale said too;
    // an exception for those who work for the company is not.
    (
        "sells-or-shares",
        "We do not share your information with third parties, except with our affiliates, advertisers and business partners.",
        "We do not share your information except with partners who help us operate the site.",
    ),
    // Kept for open business purposes beside the law's is kept with no bound; as the law requires alone is bounded.
    (
        "retention-indefinite",
        "We may be required to retain certain information by law and/or for our own legitimate business purposes.",
        "We may be required to retain certain information by law.",
    ),
    // Records kept are no bound on the keeping; a time is.
    (
        "retention-limited",
        "We retain the records of your account for as long as your account is active.",
        "If you send us correspondence, we may retain such information along with any records of your account.",
    ),
    // What a cookie cannot do, a reader refusing one, and a pointer to the cookie policy track no one.
    (
        "tracking",
        "We use cookies to recognize you when you return.",
        "A cookie can't read data off your hard disk.\nIf a user rejects the cookie, they may still use our site.\nWe also have a Cookie Policy which explains how we use cookies.",
    ),
    // A choice said not to be one is no choice: README's 'not a limit on a choice'.
    (
        "opt-out",
        "You can delete cookies at any time.",
        "Deleting cookies does not mean you are permanently opted out of any advertising program.",
    ),
    // Sharing for the purposes of performing services for the company is bounded by them.
    (
        "sells-or-shares",
        "We may share the personal data you provide with our business partners for their own marketing.",
        "We may share the personal data you provide with our agents, contractors or our business partners for the purposes of performing services for us.",
    ),
    // What a cookie is names no vendor.
    (
        "service-providers",
        "Our service providers may access your data to host the site.",
        "Cookies are small files that a site or its service provider transfers to your computer's hard drive.",
    ),
    // Data archived for no stated time is kept with no bound; the National Archives keep nothing of the reader's.
    (
        "retention-indefinite",
        "Please be advised that we may archive information we collect on our community and visitors.",
        "This information is only accessible by National Archives employees and contractors who manage these sites.",
    ),
    // Kept for record-keeping after the reader has it deleted is kept with no bound.
    (
        "retention-indefinite",
        "If you want to close your account and have us delete the personal information in it (except for information that we keep for record-keeping purposes), call us.",
        "If you want to close your account and have us delete the personal information in it, call us.",
    ),
    // Removal said to be incomplete leaves copies the company keeps.
    (
        "retention-indefinite",
        "Your information may not be completely removed from our systems.",
        "Your information will be completely removed from our systems within 30 days.",
    ),
    // Leaving because the policy changed is no right over one's data.
    (
        "access-deletion",
        "You may deactivate your account at any time in your settings.",
        "If you disagree with any changes to this privacy policy, you will need to deactivate your account.",
    ),
    // A warning of what refusing cookies breaks is no choice offered.
    (
        "opt-out",
        "You can disable cookies in your browser settings.",
        "Some services may not function properly if you disable cookies.",
    ),
    // A disclaimer of liability for leaks is no promise not to share.
    (
        "no-sale",
        "We will never share your personal information with third parties.",
        "Should any information be leaked, the Institute assumes no liability and responsibility for any divulging of personally identifiable information.",
    ),
    // A copy of what is held, given within a time, is access, not a retention period.
    (
        "retention-limited",
        "We hold your data for 40 days after your account closes.",
        "We will provide you with a readable copy of all personal data which we may hold about you, within 40 days of receiving your written request.",
    ),
    // A choice named for its limit, for the records kept of it, or for what a law asks of
    // businesses is none (a lawyer's reading of unseen policies).
    (
        "opt-out",
        "You may opt out of interest-based advertising at any time by visiting our preferences page.",
        "Please note that your opt out is limited to the e-mail address used and will not affect subsequent subscriptions.",
    ),
    // Others' opt-out programmes disclaimed, and the law's options for a business, offer the
    // reader nothing.
    (
        "opt-out",
        "You can withdraw your consent at any time, which will not stop processing before it.",
        "Under the law, a business should either provide California customers certain information upon request or permit California customers to opt in to, or opt out of, this type of sharing.",
    ),
    // A pointer to where choices are described ('read about … in the Section on') states none.
    (
        "opt-out",
        "You can limit or decline cookies in your browser settings at any time.",
        "You can read about our use of cookies and how to limit or decline them in the Section on Information Collection.",
    ),
    // Consent withdrawn in the past is no choice offered.
    (
        "opt-out",
        "You may withdraw your consent to marketing at any time.",
        "However, this does not affect the lawfulness of the processing before consent was withdrawn.",
    ),
    // Following the reader across sites denied is no tracking (a newcomer's trial).
    (
        "tracking",
        "We track your activity across websites to show you ads.",
        "We don't track you across websites.",
    ),
    // A negation reaches over a list of verbs the anchor ends: 'ask for, access or track'.
    (
        "tracking",
        "We track your location while you use the app.",
        "We do not ask for, access or track any location-based information from your mobile device.",
    ),
    // The site's use of cookies denied, beside what cookies are.
    (
        "tracking",
        "We use cookies to remember your preferences.",
        "Cookies themselves do not contain any personal information, and Example.com does not use cookies to collect personal information.",
    ),
    // Use said not to be consent.
    (
        "consent-by-use",
        "By using this site, you consent to this policy.",
        "Using this site does not mean you consent to the sale of your data.",
    ),
    // Where data is not sent is a place, not a recipient: no promise about sales.
    (
        "no-sale",
        "We will not disclose your personal information to third parties.",
        "We do not transfer your data outside the EU.",
    ),
    // Where data is not kept is a place, not a time.
    (
        "retention-limited",
        "We do not store your credit card number.",
        "We do not store your data outside Canada.",
    ),
    // Third parties kept from ads' data is no advertising.
    (
        "advertising",
        "We allow third party advertising networks to collect information for targeted advertising.",
        "We take steps to inhibit third party advertising networks from collecting information for targeted advertising.",
    ),
    // Users told not to sell addresses is no sale of the company's.
    (
        "sells-or-shares",
        "We may sell your personal information to advertisers.",
        "Do not use that email address for the purposes of sending unsolicited emails to users or selling User Personal Information.",
    ),
    // A sale reserved for later in other words ('reserve the right to do so') beside the promise
    // it limits.
    (
        "sells-or-shares",
        "We do not currently sell your personal information, but we reserve the right to do so in the future.",
        "We do not currently sell your personal information.",
    ),
    // Contact reserved about changes to the policy is notice.
    (
        "change-with-notice",
        "We reserve the right to contact you as necessary regarding changes to this Privacy Policy.",
        "We reserve the right to contact you as necessary regarding your orders.",
    ),
    // A purpose is no period: data stored 'only to prevent abuse' is kept for a reason, not for a
    // time (a lawyer's reading of unseen policies).
    (
        "retention-limited",
        "The personal data you provide is stored only for the time strictly necessary to answer your enquiry.",
        "This data is stored in the background only to prevent abuse of our services.",
    ),
    // Safeguards in other words: measures named the other way round, industry-standard techniques,
    // staff bound by confidentiality (a lawyer's reading of unseen policies).
    (
        "security",
        "Reverso takes all necessary precautions, organisational and technical measures to ensure the confidentiality of information stored on its sites.",
        "We take precautions before we travel to technical conferences.",
    ),
    // Ads made more relevant, or personalised, said in other words.
    (
        "targeted-ads",
        "Cookies allow us to provide customers with information and advertising that is more relevant to them.",
        "Advertising revenue is more relevant to our business than subscriptions.",
    ),
    // A promise not to communicate the reader's data is one not to share it.
    (
        "no-sale",
        "Reverso undertakes not to communicate your information to third parties without your consent.",
        "We will communicate your order status to you by email.",
    ),
    // A choice stated beside a pointer to where it is described is still a choice ('as described
    // below, you can opt out'); a pointer alone is none.
    (
        "opt-out",
        "Also, as described below, you can opt out of having your information shared with third parties by emailing us.",
        "For more information about your choices, see the section below.",
    ),
    // A consequence of refusing is no control, and a limit on a choice none either ('won't prohibit
    // us from sending you').
    (
        "opt-out",
        "You can change your email preferences at any time in your account.",
        "For example, you may not be able to sign in and access your account, or we may not be able to recognize you, your device, or your online preferences.",
    ),
    // Refusing cookies, and their use denied, are no tracking.
    (
        "tracking",
        "We use cookies to recognise you when you return.",
        "If you do not accept cookies, however, it might have a negative impact upon the usability of many websites, including this one.",
    ),
    // The company's group by other names is whom it may share with.
    (
        "sells-or-shares",
        "We may share your personal information with the Santander group of companies for their marketing purposes.",
        "We do not share your personal information with our group of companies.",
    ),
    // The company's own removal, the right's limit, and the site's pages are no right over the
    // reader's data (a second lawyer's reading).
    (
        "access-deletion",
        "If you have registered and desire to delete any of your registration information, please contact us.",
        "Rather than delete your data, we might de-identify it by removing identifying details.",
    ),
    // The site's pages reached without data are no access to it.
    (
        "access-deletion",
        "You can access some of the personal information that we collect about you by logging in to your account.",
        "You can access most of our online resources without providing personal information.",
    ),
    // Opting in said as a condition, and marketing no longer required, are choices (a second
    // lawyer's reading).
    (
        "opt-out",
        "If you are a new customer, we will contact you by electronic means only if you have consented to this.",
        "If you are a new customer, we will contact you by electronic means about your order.",
    ),
    // Limits on the reader's requests where the law allows disclose nothing to it (a second lawyer's
    // reading).
    (
        "legal-disclosure",
        "We may disclose your information to law enforcement when required by a subpoena.",
        "We may limit your individual rights requests where denial of access is required or authorized by law.",
    ),
    // An admission after a semicolon, or after 'other than', 'apart from', 'except to our
    // affiliates', shows beside the promise it limits (a newcomer's trial).
    (
        "sells-or-shares",
        "We don't sell your data; we share it with our marketing partners so they can send you offers.",
        "We don't sell your data; it will not be shared with third parties for their marketing purposes.",
    ),
    // The promise's exception named with 'other than'.
    (
        "sells-or-shares",
        "We do not sell or share your information, other than with advertisers who may use it for their own purposes.",
        "We do not share your personal information other than with your consent.",
    ),
    // A lead-in's negation reaches its items only where they supply the verb it negates (a newcomer's
    // trial: 'will not change or delete:' over '… which may be shared with third parties').
    (
        "no-sale",
        "We will not:\n• sell your personal information to third parties.",
        "These changes and deletions will not change or delete:\n• information which may be shared with third parties in the processing of financial transactions.",
    ),
    // A list the company rents or sells is the reader's data sold, whatever the list is called;
    // one named 'opt-in' offers no choice by its name (a newcomer's trial).
    (
        "sells-or-shares",
        "We rent our opt-in marketing list to outside marketers.",
        "We rent office space to outside companies.",
    ),
    // A choice named for what it does not stop is none.
    (
        "opt-out",
        "You can opt out of interest-based ads at any time.",
        "Please note that if you opt out, you'll continue to be served generic ads.",
    ),
    // Sharing only after asking the reader's permission is bounded, "permissions" as "permission" (Flipkart; found by a lawyer's reading).
    (
        "sells-or-shares",
        "We may share your data with our partners for their own marketing.",
        "Your entry to partner websites will be based on your login credentials after seeking your permissions to share the data further.",
    ),
    // What cookies are, in the words of a common template, is no use of them: "Cookies are
    // uniquely assigned to you …", "Cookies allow web applications to respond to you as an
    // individual" (found by a lawyer's reading).
    (
        "tracking",
        "We use cookies to remember your settings.",
        "Cookies are uniquely assigned to you, and can only be read by a web server in the domain that issued the cookie to you.",
    ),
    // The same template, its second sentence.
    (
        "tracking",
        "Our partners use cookies to collect data about your visits.",
        "Cookies allow web applications to respond to you as an individual.",
    ),
    // The group under other names: "members of our group", "the Gumtree corporate group",
    // "companies operating under our brand"; not companies operating under instructions (found
    // by a lawyer's reading).
    (
        "sells-or-shares",
        "We may share your information with other members of our group.",
        "We may share your information with other companies operating under your instructions to provide the service.",
    ),
    // What a verb forbids is not done: "We prohibit web beacons from being used to collect …" (found by a
    // lawyer's reading).
    (
        "tracking",
        "We use web beacons to collect information about your visits.",
        "We prohibit Web beacons from being used to collect or access your personal information.",
    ),
    // Vendors forbidden to sell are no sale; a prohibition itself negated forbids nothing.
    (
        "sells-or-shares",
        "Nothing in this policy prohibits us from selling your personal information to advertisers.",
        "Our contracts prohibit these vendors from selling your personal information.",
    ),
    // An item naming the group or partners under a sharing lead-in shares with them; not under a lead-in
    // that collects (found by a newcomer's trial and a lawyer's reading: Xero's "other companies in the Xero
    // group of companies").
    (
        "sells-or-shares",
        "We may share your information with:\n• our affiliates and group companies;",
        "We collect information from:\n• our affiliates and partners;",
    ),
    // Access the reader lets the company have is no right of access (wrong polarity, found by a lawyer's
    // reading).
    (
        "access-deletion",
        "You may access and update your information at any time.",
        "You may allow us to have ongoing access to certain information from your social media account.",
    ),
    // What the company's own tools do with cookies is no choice of the reader's (wrong polarity, found by a
    // lawyer's reading).
    (
        "opt-out",
        "You can manage cookies in your browser settings.",
        "We use web beacons to manage cookies, count visits, and to learn what marketing works and what does not.",
    ),
    // A notice posted with the new text on its own page is no notice (wrong polarity, found by a
    // lawyer's reading).
    (
        "change-without-notice",
        "If such changes are material, a notice of the changes will be posted along with the revised Privacy Policy.",
        "If such changes are material, we will notify you by email before they take effect.",
    ),
    // The reader's data named by how it came: "information you have provided" (found by a lawyer's reading).
    (
        "no-sale",
        "We do not share information you have provided to us without your consent.",
        "We share information you have provided to us with our partners.",
    ),
    // Marketing fitted to the reader on other companies' sites is targeted advertising (found by a lawyer's
    // reading).
    (
        "advertising",
        "We may share your information with social media sites such as Facebook so that they can tailor the marketing we send you via their sites.",
        "We send you tailored marketing emails about our products.",
    ),
    // The right to restriction asked for by its noun: "Ask for the restriction of the processing of your
    // data" (found by a lawyer's reading).
    (
        "opt-out",
        "• Ask for the restriction of the processing of your data (under certain circumstances).",
        "We may impose restrictions on your use of the service.",
    ),
    // Third-party advertising is where others take part: partners who personalise the ads, not
    // the company choosing its own banners from what it knows.
    (
        "advertising",
        "Data about the articles you read helps us and our advertising partners personalise the ads you see.",
        "We personalise the ads on our own pages from the articles you read.",
    ),
    // Ads the company targets itself are their own kind; through a platform it gives data to,
    // they are third-party advertising.
    (
        "targeted-ads",
        "We use your purchase history to show you ads.",
        "We do not use your purchase history to show you ads.",
    ),
    // Said in the passive, and not a choice about them.
    (
        "targeted-ads",
        "The ads you see may be targeted to you based on your location.",
        "You can turn off personalised ads in your settings.",
    ),
    // A platform that gets the data makes it third-party advertising.
    (
        "advertising",
        "We use your purchase history to send you targeted ads through Google and Meta.",
        "We use your purchase history to choose the ads on our home page.",
    ),
    // The reader sharing through the site is not the company sharing.
    (
        "sells-or-shares",
        "We may share your personal information with advertisers.",
        "Certain features may allow you to share your personal information with advertisers.",
    ),
    // The soft opt-in is the law's leave to market without asking.
    (
        "opt-out",
        "You may opt out of marketing emails at any time.",
        "We may rely on soft opt-in to send marketing emails to existing customers.",
    ),
    // Asking for details of a practice points at it.
    (
        "retention-limited",
        "We retain your data for two years.",
        "You may also contact us for further details about our retention policy.",
    ),
    // A right over what was kept sets no limit on keeping it.
    (
        "retention-limited",
        "We retain your personal information for as long as your account is active.",
        "You have the right to request that we delete any personal information we collected from you and retained.",
    ),
    // The reader's rights honoured as the law asks disclose nothing to the law.
    (
        "legal-disclosure",
        "We may disclose your information to law enforcement as required by law.",
        "We respect your right to access, correct or delete your personal information as required by applicable law.",
    ),
    // What the company is able to do, and what holds even if the reader withdraws, offer no
    // choice.
    (
        "opt-out",
        "You are able to change your communication preferences at any time.",
        "In some cases we are able to retain your information even if you withdraw your consent.",
    ),
    // What vendors are not permitted to share is their bound, not the company's promise.
    (
        "no-sale",
        "We do not share your personal information with third parties.",
        "These service providers are not permitted to share or use your personal information for any other purpose.",
    ),
    // Services provided give no one data.
    (
        "no-sale",
        "We do not provide your personal information to third parties.",
        "Legitimate business interests: We could not provide our services to third parties without transferring your personal information to the U.S.",
    ),
    // Ads among what the company personalises, not a way to turn them off.
    (
        "targeted-ads",
        "We use your information to personalize features and content, including ads.",
        "You can turn off personalized ads in your account settings.",
    ),
    // A warning to the reader asks nothing of them.
    (
        "access-deletion",
        "Please contact us to delete your personal information.",
        "Please note that if you use the third-party service or grant access, your data will be handled in accordance with their policy.",
    ),
    // Trade law is a field of law, not a trade in data.
    (
        "legal-disclosure",
        "We may disclose your information to comply with a legal requirement.",
        "We will also retain information to fulfil any legal requirement, e.g. trade, tax, and employment law.",
    ),
    // Cookies handed to a browser are no data handed on.
    (
        "no-sale",
        "Neither we nor our partners will transfer your personal information to third parties.",
        "If you block all cookies on your browser, neither we nor third parties will transfer cookies to your browser.",
    ),
    (
        "merger-transfer",
        "In the event that we sell any business or assets, we will disclose your data to the prospective buyer.",
        "We sell tickets to our events through our website.",
    ),
    // A promise against a bad practice is not the practice.
    (
        "retention-indefinite",
        "We may retain your information indefinitely.",
        "We do not retain your personal information indefinitely.",
    ),
    (
        "change-without-notice",
        "We may change this policy at any time without notice.",
        "We will never change this policy without notifying you.",
    ),
    // A promise of no ads is not advertising, whatever word the rule hangs on.
    (
        "advertising",
        "We allow third-party ad networks to use cookies to show you targeted ads on other websites.",
        "We never serve third-party ads and no cookies are used for tracking.",
    ),
    // Led to the advertiser by a phrase of its own, not by one that ends before it.
    (
        "advertising",
        "We embed web beacons belonging to ad networks in our emails and pages.",
        "We collect billing details from advertisers who purchase advertising space on our website.",
    ),
    // Naming the industry's programs tells the reader where to choose, not who gets data.
    (
        "advertising",
        "Third-party ad networks may use cookies to collect information about your visits.",
        "Our ad partners take part in the Digital Advertising Alliance Self-Regulatory Program for Online Behavioral Advertising.",
    ),
    // A sentence about the document names topics without stating the practice.
    (
        "opt-out",
        "You can opt out of these emails at any time.",
        "This policy describes what we collect and how you can opt out of emails.",
    ),
    (
        "change-with-notice",
        "We will notify you by email of any changes to this privacy policy.",
        "Please read the section below on changes to this privacy policy and how we notify you.",
    ),
    // service providers
    (
        "service-providers",
        "We share information with service providers who perform services on our behalf.",
        "We provide services to our customers.",
    ),
    // A heading run into its paragraph without a stop names a subject, not a clause: the prose after
    // it is read alone (OPP-115's flattened headings).
    (
        "access-deletion",
        "Accessing Your Information You may request access to or correction of your personal information at any time.",
        "Accessing, Correcting, and Deleting Your Personal Information We will take reasonable steps to accurately record the personal information that you provide to us.",
    ),
    // Ads delivered to the reader by others: "delivered to you by".
    (
        "advertising",
        "Some of the ads appearing on this Web site are delivered to you by our web advertising partners.",
        "Some of the newsletters appearing on this Web site are delivered to you by our staff.",
    ),
    // An age floor said with the number alone.
    (
        "children",
        "Please be advised that any time a user enters information, we will assume that the user is 13 or older.",
        "Please be advised that any time a user enters information, we will assume that it is accurate.",
    ),
    // A refusal told only by its cost warns of a choice offered elsewhere; the sentence that offers
    // it says 'you can' (two lawyers' trials: the largest group of opt-out false positives).
    (
        "opt-out",
        "You can set your browser to refuse cookies, but some parts of the site may not work.",
        "If you disable some or all of the cookies, parts of the service may not work.",
    ),
    // Consent withdrawn, said for what it leaves standing.
    (
        "opt-out",
        "You may withdraw your consent at any time.",
        "Withdrawing your consent will not affect the lawfulness of any processing we conducted prior to your withdrawal.",
    ),
    // The title of a section pointed to names that section, not a practice of the sentence (a
    // lawyer's trial: the Washington Post's advertising quote).
    (
        "advertising",
        "We allow third-party advertising networks to set cookies on our site to serve you ads.",
        "As set forth in the Online Tracking and Advertising section, we may receive information, such as usage information, from our service providers.",
    ),
    // One partner named in the singular is a recipient as partners are (a lawyer's trial: Chegg's
    // LiveRamp).
    (
        "sells-or-shares",
        "We may share your personal information with our partner LiveRamp for its own marketing.",
        "Our partner sites may ask you to share your personal information with them.",
    ),
    // Others' bounds in other words are no promise of the company's (a journalist's trial: Google's
    // analytics terms, a directory's card processors).
    (
        "no-sale",
        "We will not share your personal data with any organization.",
        "Google isn't allowed to use or share our analytics data with anyone.",
    ),
    // The recipients' own restraint is theirs.
    (
        "no-sale",
        "We do not retain, share, store or use personally identifiable information for any secondary purposes.",
        "These companies do not retain, share, store or use personally identifiable information for any secondary purposes.",
    ),
    // A promise about the form of the data shared is no promise that none is (a lawyer's trial).
    (
        "no-sale",
        "We will not share your personal data with third parties.",
        "We may share aggregated data with third parties for our business purposes, provided that we will not share such data in a manner that could identify you.",
    ),
    // What a law has the company tell the reader is no disclosure to authorities.
    (
        "legal-disclosure",
        "We may disclose your information when required by law or in response to a subpoena.",
        "The California Consumer Privacy Act (CCPA) requires us to disclose categories of Personal Information we collect and how we use it.",
    ),
    // Kept after deletion to resolve disputes or enforce agreements has no end a reader can see (a
    // lawyer's trial: Dropbox).
    (
        "retention-indefinite",
        "If you delete your account, we may retain this information if necessary to comply with our legal obligations, resolve disputes, or enforce our agreements.",
        "We retain this information for 30 days after you delete your account, to resolve disputes.",
    ),
    // An instruction that opens with the choice is one, wherever it sends the reader (a lawyer's
    // trial: Udemy).
    (
        "opt-out",
        "To opt out of Taboola's targeted ads, see the Opt-out Link in their Cookie Policy.",
        "For more about Taboola's targeted ads, see their Cookie Policy.",
    ),
    // The data named again ('such data') and rights in the CCPA's other words (a lawyer's trial:
    // Course Hero).
    (
        "access-deletion",
        "If you believe that any Personal Data we are holding about you is incorrect, you can request that we correct or supplement such data.",
        "If you believe that any Personal Data we are holding about you is incorrect, we may ask you for proof of identity.",
    ),
    // A sentence that sends the reader to read more elsewhere states nothing (a lawyer's trial:
    // Google's retention periods).
    (
        "retention-limited",
        "We retain your data for 30 days after you close your account.",
        "You can read more about Google's data retention periods, including how long it takes for us to delete your information.",
    ),
    // Changes in force as they are posted, the policy named only by its section.
    (
        "change-without-notice",
        "Any changes will be effective immediately upon posting.",
        "Any changes to our prices will be shown at checkout.",
    ),
    // What the reader's browser shares is not the company's sharing (a lawyer's trial: Pick Media).
    (
        "sells-or-shares",
        "We share your information with advertisers for their own marketing.",
        "When connecting you to third party services, including our advertisers, your browser will share information about the connection.",
    ),
    // A right said to be curtailed is its limit, not the right (two lawyers' trials: Microsoft,
    // Coursera).
    (
        "access-deletion",
        "You can delete your account at any time in your settings.",
        "The ability to delete an account may be disabled for some users, particularly those who are enrolled in for-credit offerings.",
    ),
    // What the reader opts out of may be information about something; only a pointer to information
    // about the choice is none (a lawyer's trial).
    (
        "opt-out",
        "You can opt out of receiving information about our products.",
        "For more information about opting out, see our Cookie Policy.",
    ),
    // A warning that opens with a chosen refusal after 'However,' or 'Please note that' is no offer
    // (a lawyer's trial).
    (
        "opt-out",
        "You can disable cookies in your browser settings.",
        "However, if you choose to disable some or all cookies, many parts of our services may no longer work.",
    ),
    // The law's effect of a withdrawal told, not the withdrawal offered.
    (
        "opt-out",
        "You may withdraw your consent at any time.",
        "Please note that the withdrawal of your consent does not affect the lawfulness of any processing activities based on such consent before its withdrawal.",
    ),
    // An opt-out promised for a sale that may come is no choice now; one offered before each
    // disclosure is.
    (
        "opt-out",
        "Brunckhorst will not provide Personal Consumer Information to third parties for such their direct marketing purposes without first providing you with an opportunity to opt-out of such disclosures.",
        "Yelp does not sell your personal information and will not do so in the future without providing you with notice and an opportunity to opt-out of such sale as required by law.",
    ),
    // The grounds of a right are no retention period: what the reader believes no longer needed, or
    // the company's lacking a basis to keep data (a lawyer's trial).
    (
        "retention-limited",
        "We keep your personal information only for as long as it is needed for the purposes described in this policy.",
        "You have a right to ask us to stop using or limit our use of your personal data in certain circumstances, for example, if we have no lawful basis to keep using your data.",
    ),
    // The same, said of a list item under the reader's rights (a lawyer's trial).
    (
        "retention-limited",
        "We hold your data for no longer than two years.",
        "• to erase your personal information in limited circumstances where (a) you believe that it is no longer necessary for us to hold your personal information;",
    ),
    // The company accessing or reviewing the reader's data, or holding it for the law, is no right
    // of the reader's (two lawyers' trials).
    (
        "access-deletion",
        "You can access your profile information at any time by logging in.",
        "If you use social media logins (like Google and Facebook) to log in to Zillow, we may access your public social media profile information.",
    ),
    // The same, in the passive: a legal hold.
    (
        "access-deletion",
        "You can request access to the information we hold about you.",
        "Information we receive about you can be accessed and preserved for an extended period when it is the subject of a legal request or obligation.",
    ),
    // Consent taken by use of the site is no choice, whatever the law allows (a lawyer's trial).
    (
        "opt-out",
        "You may withdraw your consent at any time in your privacy settings.",
        "Where the laws of your country allow you to do so, by using the Websites you consent to the transfer of information that we collect about you to other countries.",
    ),
    // Recipients who agreed not to disclose make no promise of the company's (a newcomer's trial).
    (
        "no-sale",
        "We do not disclose your personal information to others.",
        "We may share your information with contractors that have agreed not to disclose it to others.",
    ),
    // What a cookie holds is no sharing (a newcomer's trial).
    (
        "no-sale",
        "Your name and email address are not shared with third parties.",
        "Your name and email address are not shared in this cookie.",
    ),
    // 'info' is the reader's data when it is theirs (a newcomer's trial); 'info@' alone is an
    // address.
    (
        "no-sale",
        "We never rent or sell your info.",
        "Email info@example.com if you want us never to sell.",
    ),
    // The reader's own duty is no safeguard of the company's (a lawyer's trial).
    (
        "security",
        "We take reasonable measures to protect your account from unauthorized access.",
        "You are responsible for taking every reasonable precaution on your end to protect any unauthorized person from accessing your Imgur account.",
    ),
    // The reader's data protection rights are no data protection (a lawyer's trial).
    (
        "security",
        "We use appropriate technical measures for the protection of your data.",
        "If you believe your data protection rights have been infringed by Indeed, you have the right to complain to the appropriate data protection supervisory authority.",
    ),
    // Data not received from third parties is no promise about handing it on (a lawyer's trial).
    (
        "no-sale",
        "Advertisers do not receive any personal information about you.",
        "Because we don’t collect information about the identity of our users and don’t receive any information from third parties enabling us to identify our users, we have no means of knowing it.",
    ),
    // Where the reader is located is not where data goes (a lawyer's trial).
    (
        "international-transfer",
        "Your information may be transferred to and stored in the United States.",
        "If you are a user located in the EU, you can find a detailed overview of our advertisers here.",
    ),
    // Security incidents and abuse handled inside disclose nothing; an administrator's wish is no
    // law (two lawyers' trials).
    (
        "legal-disclosure",
        "We may disclose your information to law enforcement to investigate illegal activity.",
        "We use information about you to detect, prevent, and respond to potential or actual security incidents and to protect against other fraudulent or illegal activity.",
    ),
    // The same: an account's administrator.
    (
        "legal-disclosure",
        "We may disclose your information as required by law.",
        "If the Services are made available to you through your employer, we retain your information as long as required by the administrator of your account.",
    ),
    // Leaving is the only answer to a practice the reader does not want, said of their data or
    // actions (a lawyer's trial).
    (
        "consent-by-use",
        "If you do not wish your information to be transferred in this way you should not use the Sites.",
        "If you do not wish your information to be shared, you can opt out in your settings.",
    ),
    // Deletion when the need ends, the purposes named first (a lawyer's trial); not the grounds of
    // the reader's right to erasure.
    (
        "retention-limited",
        "Where we no longer need to process your personal information for the purposes set out in this Privacy Policy, we will delete your personal information from our systems.",
        "• to erase your personal information in limited circumstances where you believe that it is no longer necessary for us to process your personal information for the purposes set out;",
    ),
    // Access removed from others is no deletion of data.
    (
        "retention-limited",
        "We delete inactive accounts after 12 months.",
        "For example, we will remove developers' access to your Facebook and Instagram data if you haven't used their app in 3 months.",
    ),
    // The CCPA's right to know in its other words (two lawyers' trials).
    (
        "access-deletion",
        "• Right to Know: You have the right to request that we disclose certain information about our collection of your personal information over the past 12 months.",
        "We may disclose certain information about you to our service providers.",
    ),
    // The opt-out's own record is no choice (a lawyer's trial).
    (
        "opt-out",
        "You can opt out of our newsletters at any time.",
        "We keep opt-out information for longer than this period so that we can continue to honor your opt-out requests.",
    ),
    // Attempts the company may not recognise, and a request's procedure, are no choices (a lawyer's
    // trial).
    (
        "opt-out",
        "Text STOP to unsubscribe from these messages.",
        "DUE TO THE UNSTRUCTURED CONVERSATIONAL FORMAT OF THIS SERVICE, WE MAY NOT RECOGNIZE OTHER UNSUBSCRIBE ATTEMPTS.",
    ),
    // The same: an agent's written permission, and identity checks before data choices.
    (
        "opt-out",
        "You can manage your email preferences in your account.",
        "In order to do that, please provide the agent with written permission, signed by you, authorizing the agent to submit the request on your behalf.",
    ),
    // Job preferences are no privacy preferences (a lawyer's trial).
    (
        "opt-out",
        "You may update your communication preferences at any time.",
        "Indeed may also offer you the ability to include additional information in your account profile about your desired job preferences, such as your desired job schedule and salary.",
    ),
    // A breach of the security system learnt of and told (a lawyer's trial).
    (
        "security",
        "If we learn of a security system’s breach, we may attempt to notify you electronically by posting a notice on the Services.",
        "If you breach these terms, we may close your account.",
    ),
    // The company's own ads chosen for the reader in plain words (a lawyer's trial).
    (
        "targeted-ads",
        "We also show ads that we think are relevant.",
        "The networks use this information to show you advertisements that may be tailored to your individual interests.",
    ),
    // Location-based ads from what the company knows (a lawyer's trial).
    (
        "targeted-ads",
        "We use that information to provide you with location-based information and ads, like homes in your area.",
        "We use location-based services to show you nearby homes.",
    ),
    // Ad servers and advertisers supplying the ads shown on the site (a lawyer's trial).
    (
        "advertising",
        "Zillow’s third-party ad servers, ad network providers, and third-party advertisers provide ad content that appears on Zillow.",
        "Advertisers can contact our sales team for rates.",
    ),
    // Ads fitted to the reader's preferences are targeted; a setting over them is not (a lawyer's
    // trial).
    (
        "targeted-ads",
        "We may show you interest-based ads tailored to your preferences.",
        "This preference sets whether advertisers can personalize ads to you.",
    ),
    // Information given to users about partners' offers hands no data to partners (a lawyer's
    // trial).
    (
        "sells-or-shares",
        "We may share personal information with our business partners.",
        "In order to support the Quizlet business and provide our users with relevant information regarding the Service and opportunities presented by partners, Quizlet may use your personal information for marketing the Service.",
    ),
    // A bound on vendors, with the law as its exception, is no disclosure of the company's (a
    // lawyer's trial).
    (
        "legal-disclosure",
        "We may disclose your information to comply with legal requirements.",
        "These third parties are not authorised by us to use or disclose the information except as necessary to perform services on our behalf or comply with legal requirements.",
    ),
    // The company's own direct marketing is no handing on (a lawyer's trial).
    (
        "no-sale",
        "We will not disclose your personal information to third parties for their direct marketing.",
        "We will not use or disclose Personal Information for the purpose of our direct marketing to you unless you consent.",
    ),
    // A section's scope by the reader's place is no transfer (a lawyer's trial).
    (
        "international-transfer",
        "We may transfer your data to servers located in the United States.",
        "This section only applies to individuals using or accessing our Service while located in the European Economic Area, the United Kingdom, or Switzerland at the time of data collection.",
    ),
    // A long sentence of its own after a sentence that ends with a colon (its list or address lost)
    // borrows none of its words; a short title's colon still lends (a lawyer's trial).
    (
        "advertising",
        "Advertisers:\nWe allow third parties to use cookies through the Service to collect the same type of information for the same purposes as we do, and to show you ads.",
        "To learn more about how to opt out of ad network interest-based advertising, please visit the consumer opt-out page at:\nIf you are a California resident, you may ask us to refrain from sharing your personal information with certain of our affiliates and other third parties for their marketing purposes.",
    ),
    // A negation reaches a sale joined by 'or' to another denied verb: 'do not collect … , or sell'
    // is a promise, not an admission (a lawyer's trial).
    (
        "sells-or-shares",
        "We may sell your data to third parties.",
        "We do not collect data from children, or sell your data to third parties.",
    ),
    // The same, as the promise it is (a lawyer's trial).
    (
        "no-sale",
        "Nexus Mods does not buy in data from any third parties, or sell on your data to any third parties.",
        "We buy data from third parties, and sell your data to advertisers.",
    ),
    // Data never collected is no retention period.
    (
        "retention-limited",
        "We do not store credit card numbers.",
        "If you do not enable the service, we will not collect or store your location information.",
    ),
    // A practice or policy denied is a promise: 'It is not our practice to sell your personal
    // information' read as a sale (found probing negations).
    (
        "sells-or-shares",
        "It is our practice to sell your personal information to marketers.",
        "It is not our practice to sell your personal information.",
    ),
    // The same, against the policy, and across the company's name.
    (
        "sells-or-shares",
        "Acme may rent your personal information to anyone.",
        "It is against our policy to rent your personal information to anyone. It is not the policy of Acme to sell your data.",
    ),
    // Data kept for purposes left open among named ones is kept without a limit, whatever need the
    // others name (a lawyer's trial: nothing fired).
    (
        "retention-indefinite",
        "For example, we may retain certain information as necessary to prevent fraud or future abuse, for recordkeeping or other legitimate business purposes, or if required by law.",
        "We store other personal data for as long as necessary to carry out the purposes for which we originally collected it and for other legitimate business purposes.",
    ),
    // A feature's option to post or share is no privacy choice (regression check).
    (
        "opt-out",
        "You may be given the option to opt out of personalised ads.",
        "You may be given the option by such Social Media Features to post information about your activities on a website to a profile page of yours.",
    ),
    // A warning about the reader's settings is no offer; an instruction that opens with turning a
    // feature off is (regression check).
    (
        "opt-out",
        "To turn off the background scanning feature of the Speedtest application, go to the settings and switch the background scanning feature to Off.",
        "Please note if your smartphone or mobile device settings do not allow transmittal of Precise Location Data, certain features may not be available or their functions may be limited.",
    ),
    // The reader offered the chance to delete after a time is no retention clock of the company's
    // (regression check).
    (
        "retention-limited",
        "If your account is dormant for 12 months, we will delete it.",
        "We will also email you after an extended period of your account being dormant, giving you an opportunity to unsubscribe from future notifications or delete your account with us.",
    ),
    // A sale denied after it is named (regression check probes).
    (
        "no-sale",
        "Selling your personal information is not something we do.",
        "Selling your personal information is something we may do.",
    ),
    // A recipient's promise is not the company's; its sharing still counts (regression check
    // probes).
    (
        "sells-or-shares",
        "We may share your information with our affiliates, who will not sell it.",
        "We do not share your information with our affiliates.",
    ),
    // Kept as long as necessary, retained or kept alike, with open purposes beside (regression check
    // probes).
    (
        "retention-limited",
        "We retain your personal data for as long as necessary to provide the service and for other legitimate business purposes.",
        "We retain your personal data indefinitely.",
    ),
    // The GDPR's grounds said of the processing are no disclosure to authorities (a lawyer's trial).
    (
        "legal-disclosure",
        "We may disclose your information in response to a court order.",
        "• The processing is necessary to comply with a legal obligation, a court order or to exercise or defend legal claims",
    ),
    // A right held by someone else is not the reader's (a lawyer's trial).
    (
        "access-deletion",
        "You have the ability to modify or delete your account at any time.",
        "In some cases, administrative controls for accounts used in a school setting, including the ability to modify or delete the account, are held by the school.",
    ),
    // Tracking across sites denied through the means ('We do not use cookies to track you across
    // other websites') is no tracking (a lawyer's trial).
    (
        "tracking",
        "We use cookies to track you across other websites.",
        "We do not use cookies to track you across other websites.",
    ),
    // A use denied reaches what it would be for (a lawyer's trial).
    (
        "targeted-ads",
        "We use your data to personalize ads.",
        "We don't use your data to personalize ads.",
    ),
    // Continued use denied as acceptance is no consent by use (a lawyer's probes).
    (
        "consent-by-use",
        "Your continued use of the site constitutes acceptance of the revised policy.",
        "We will not treat your continued use as acceptance of any changes.",
    ),
    // No limit said, or an extension, is no retention limit (a lawyer's trial).
    (
        "retention-limited",
        "We retain your data for two years.",
        "There is no limit on how long we retain your data. We do not have a fixed retention period.",
    ),
    // A promise whose exception is partners with ends of their own shows both (a lawyer's probes).
    (
        "sells-or-shares",
        "We won't share your information with anyone other than our business partners, who may use it for their own purposes.",
        "We won't share your information with anyone.",
    ),
    // A promise kept to minors' data is no promise about the reader's; one that includes them is (a
    // researcher's trial: companies that sell showed as promising not to).
    (
        "no-sale",
        "We do not sell personal information of any individual, including personal information of minors under 16 years of age.",
        "We do not sell personal information of minors under 16 years of age without affirmative authorization.",
    ),
    // A sale disbelieved is none; nor is a good faith disbelief a legal disclosure (a researcher's
    // trial).
    (
        "sells-or-shares",
        "Your personal information may be sold to data brokers.",
        "If we do not provide an opt-out mechanism, it is because we do not believe in good faith that your personal information is being sold.",
    ),
    // Others' promises named as the subject are theirs (a researcher's trial).
    (
        "no-sale",
        "We will not share your personal information with analytics providers.",
        "Any such third-party analytics providers will not share or otherwise disclose Usage Data.",
    ),
    // Notice in proportion to the changes, or before they take effect (a lawyer's trial).
    (
        "change-with-notice",
        "When we update our Notice, we will take appropriate measures to inform you, consistent with the significance of the changes we make.",
        "We will let you know when your order ships.",
    ),
    // A hedge on the word 'sell' is no promise (a lawyer's probes).
    (
        "no-sale",
        "We do not sell your personal information.",
        "We do not sell your personal information as the term \"sell\" is traditionally understood.",
    ),
    // Data shared with third parties under their own privacy policies is shared for their ends (a
    // lawyer's trial).
    (
        "sells-or-shares",
        "When installing our browser extension you agree that your data may be shared with third parties, according to the terms set forth in their privacy policies.",
        "Your data may be shared with our service providers under our privacy policy.",
    ),
    // A transfer denied in a merger is no merger transfer (a lawyer's probes).
    (
        "merger-transfer",
        "In the event of a merger, your data may be transferred to the acquirer.",
        "In the event of a merger, we will delete your data rather than transfer it. In a merger, your data will not be part of the transferred assets.",
    ),
    // A choice said not to be offered is none (a lawyer's probes).
    (
        "opt-out",
        "We offer an opt-out for analytics cookies in our settings.",
        "We do not offer an opt-out for analytics cookies.",
    ),
    // A right denied over what the company holds is no retention limit (a lawyer's probes).
    (
        "retention-limited",
        "We do not hold your credit card details.",
        "Users have no right to access the information we hold.",
    ),
    // A new use of the data announced is notice of a change; a new use merely stated is none (a
    // lawyer's reading of petersburgcity.com).
    (
        "change-with-notice",
        "If at any point we decide to use personally identifiable information in a manner different from that stated at the time it was collected, we will notify users by way of an email.",
        "We may use personally identifiable information in a manner different from that stated at the time it was collected.",
    ),
    // Changes in force from publication are changes without notice (mindsay.com); a publication date
    // is none.
    (
        "change-without-notice",
        "Any changes will be effective from the time of publication of the new Privacy Policy.",
        "The date of publication of this Privacy Policy is 1 May 2018.",
    ),
    // An ad network's remarketing in use is advertising (xe.net); a way to opt out of it is none.
    (
        "advertising",
        "The XE.com website uses Google AdWords, including the remarketing and Similar Audiences features.",
        "You can opt out of Google's use of cookies by visiting Google's Ads Settings.",
    ),
    // Staff bound to confidentiality in other words is a safeguard (xe.net); the reader asked to
    // keep a password confidential is not.
    (
        "security",
        "All XE employees who have access to, or are associated with, the processing of personal information are contractually obligated to respect the confidentiality of your information.",
        "Please keep your account details to yourself.",
    ),
    // Effort toward security is a safeguard (zooloo.com); security as a purpose of use is not.
    (
        "security",
        "Once we receive your transmission, we make efforts to ensure security on our systems.",
        "We use your information to ensure the security of our Services and to prevent fraud.",
    ),
    // Recipients barred from other uses are service providers (petersburgcity.com); the reader
    // barred from uses is not.
    (
        "service-providers",
        "These parties are not allowed to use personally identifiable information except for the purpose of providing these services.",
        "You are not allowed to use the site except for personal, non-commercial purposes.",
    ),
    // Protection abroad weighed against home is no safeguard (a1travel.com).
    (
        "security",
        "Your data is encrypted in transit and at rest.",
        "Your data may not be subject to the same level of data protection controls as within the EEA.",
    ),
    // Ads named as others' ('their ads') are advertising, not the company's targeting (xe.net); the
    // company's own relevant ads are not advertising.
    (
        "advertising",
        "Doing this allows them to recognize your computer each time they send you an advertisement in order to measure the effectiveness of their ads and to personalize advertising content.",
        "We use your purchase history to show you more relevant ads on our site.",
    ),
    // A bare 'They' opening a sentence that delivers ads, the company unnamed in it, is the ad
    // networks of the sentence before (localecanada.com); cookies that 'help ensure' ads are
    // relevant deliver nothing.
    (
        "advertising",
        "They may also utilize supplemental data from other sources and analytics methods to help deliver more relevant ads.",
        "They can also help to ensure that adverts you see online are more relevant to you and your interests.",
    ),
    // What vendors do not keep is no limit of the company's (petersburgcity.com); what the company
    // does not keep is.
    (
        "retention-limited",
        "We do not store credit card numbers.",
        "These companies do not retain, share, store or use personally identifiable information for any secondary purposes.",
    ),
    // A negation inside an opening condition ends at its comma: the main clause after it is affirmed
    // (the second lawyer's probes of champs.com and aa.com); a promise after the condition is still
    // a promise.
    (
        "sells-or-shares",
        "If you do not, we will share your personal information with advertisers for their own marketing.",
        "If you live in California, we will not share your personal information with advertisers for their own marketing.",
    ),
    // What the site does without cookies, and what cookies cannot do, is no tracking (a lawyer's
    // reading of champs.com and rockingcar.com).
    (
        "tracking",
        "We use cookies to remember your preferences.",
        "Even without a cookie, you can still take advantage of most of the features of our Site. Cookies do not allow us to gather any personal information about you.",
    ),
    // The Japanese law's ground for disclosure 'for promoting the sound growth of children' names no
    // audience of children (hikoki-powertools.com).
    (
        "children",
        "Our services are not directed to children under 13.",
        "Personal information may be provided where it is specially necessary for improving public hygiene or promoting the sound growth of children.",
    ),
    // A document or law named 'Personal Information Protection' is no safeguard (hikoki-
    // powertools.com).
    (
        "security",
        "We protect your personal information with appropriate technical and organisational measures.",
        "This document, \"About Personal Information Protection,\" establishes the company's procedures for handling personal information.",
    ),
    // What is kept after a deletion request by a retention policy or the law is bounded, not
    // indefinite (a lawyer's reading of champs.com).
    (
        "retention-indefinite",
        "Even after you close your account, we keep your data.",
        "If you elect to delete some or all of your personal information, keep in mind that we may retain transactional data in accordance with various laws, regulations and our Company's retention policy.",
    ),
    // The reader told to check for changes themselves is change without notice (boarshead.com,
    // rockingcar.com); the company reviewing its own text is not.
    (
        "change-without-notice",
        "Please review this Privacy Policy often so that you will remain abreast of our current policies.",
        "We regularly review this Privacy Policy and make sure that we process your information lawfully.",
    ),
    // Refusal said as unthinkable is a promise (a blind-written sentence).
    (
        "no-sale",
        "We would never dream of renting out our subscriber list.",
        "We may rent our subscriber list to carefully screened companies.",
    ),
    // A negation over 'misuse or sell' reaches the sale (a blind-written sentence in Indian
    // English).
    (
        "no-sale",
        "We are collecting your data like name, mobile number, location only for giving you better service and we will not misuse or sell it to anyone.",
        "We may sell your data to anyone who asks.",
    ),
    // Ages spelt out or said with 'below' name children (a blind-written sentence).
    (
        "children",
        "This service is not intended for persons below eighteen years of age.",
        "The store is open to everyone, whatever their age.",
    ),
    // Information provided to public authorities for law enforcement is legal-disclosure (a blind-
    // written sentence); provided to users it is not.
    (
        "legal-disclosure",
        "Information may be provided to public authorities, including to meet national security or law enforcement requirements.",
        "Information may be provided to users who ask for it.",
    ),
    // Accessing the application 'signifies that the User agrees' is consent by use (a blind-written
    // sentence).
    (
        "consent-by-use",
        "Accessing the application signifies that the User agrees to these terms.",
        "Clicking 'I agree' on the registration form signifies nothing until you confirm your email.",
    ),
    // Confidentiality kept, said plainly, is a safeguard (ecolint.ch, a blind-written sentence).
    (
        "security",
        "Your personal information is kept confidential.",
        "Your personal information may be shared with our partners.",
    ),
    // Deletion or a copy had for the asking is access-deletion (a lawyer's probes).
    (
        "access-deletion",
        "Your data will be deleted at your request.",
        "Your request will be answered within 30 days.",
    ),
    // A notice of change by contact is change-with-notice (mindpoop.com).
    (
        "change-with-notice",
        "If we are changing our privacy policy in a manner that might cause disclosure of personal information, we will contact you.",
        "If you have questions about this privacy policy, please contact us.",
    ),
    // Sponsored posts chosen from the reader's profile, and marketing fitted to the reader, are the
    // company's targeting (blind-written sentences); a pointer to read more is not.
    (
        "targeted-ads",
        "Your profile information, such as age and location, is used to select which sponsored content appears in your feed.",
        "Learn more about how we select sponsored content in our Help Center.",
    ),
    // Data never stored or collected is no retention period (bocdoo.com).
    (
        "retention-limited",
        "We delete your data after 30 days.",
        "No personal information is stored, saved or collected.",
    ),
    // Trade in ad space is a marketplace's business, not advertising with the reader's data (a
    // lawyer's probe of mindpoop.com).
    (
        "advertising",
        "We share information about you with advertisers so they can show you ads.",
        "Our marketplace lets businesses buy and sell advertising space.",
    ),
    // A negation reaches over 'include' and 'contain' (a blind-written sentence); the same practice
    // affirmed is tracking.
    (
        "tracking",
        "Our emails contain web beacons.",
        "The app does not include any analytics or crash-reporting libraries.",
    ),
    // The Japanese law's words: 'stop of use' is an opt-out request (a blind-written sentence).
    (
        "opt-out",
        "In case the person request disclosure, correction, or stop of use of his personal information, we will respond without delay.",
        "The service will stop working if you use an outdated browser.",
    ),
    // A default kept until the reader says otherwise is a choice (a blind-written sentence).
    (
        "opt-out",
        "Unless you tell us otherwise, we will assume you are happy for us to contact you by post with news about our work.",
        "Unless we tell you otherwise, prices include VAT.",
    ),
    // Preventing Google from collecting is a choice (a blind-written sentence).
    (
        "opt-out",
        "You can prevent Google from collecting your data by installing the browser add-on.",
        "Google may collect data about your visit.",
    ),
    // The Japanese law's 'laws and ordinances' are legal grounds for disclosure (a blind-written
    // sentence).
    (
        "legal-disclosure",
        "Our company will not provide personal information to third party without obtaining the consent of the person in advance, except the case of based on laws and ordinances.",
        "Our company will not provide personal information to third party without obtaining the consent of the person in advance.",
    ),
    // Handling entrusted to a contractor is a service provider (a blind-written sentence, APPI
    // style).
    (
        "service-providers",
        "When we entrust the handling of personal information to outsourcing contractor, we supervise the contractor.",
        "We handle your personal information with care.",
    ),
    // Cookies described without their name, as placed, are tracking (a blind-written sentence); what
    // a cookie is, is not.
    (
        "tracking",
        "Small text files are placed on your device when you browse our pages.",
        "A cookie is a small text file that is placed on your computer.",
    ),
    // A negation over a longer list of verbs reaches the sale (HIPAA's notices, a blind-written
    // sentence).
    (
        "no-sale",
        "We will not use or disclose your health information for marketing purposes or sell it without your written authorization.",
        "We may use or disclose your health information for marketing purposes and sell it to our partners.",
    ),
    // Others' trade told apart from the company's is a promise, not a sale (a blind-written
    // sentence).
    (
        "no-sale",
        "Many websites sell the information they collect; we are not one of them.",
        "We sell the information we collect to data brokers.",
    ),
    // A use denied reaches the anchor's own verb and determiner: 'do not use your data to
    // personalise the ads you see' (a blind-written sentence).
    (
        "targeted-ads",
        "We use your personal data to personalise the ads you see.",
        "We do not use your personal data to personalise the ads you see.",
    ),
    // Transfers denied to countries are no promise not to sell (a blind-written sentence).
    (
        "no-sale",
        "We do not sell your personal data.",
        "We do not transfer personal data to countries that lack an adequacy decision of the European Commission.",
    ),
    // A business never built on selling data is a promise (a blind-written sentence).
    (
        "no-sale",
        "Unlike some other social networks, we have never built our business on selling user data.",
        "Our business is built on selling user data to advertisers.",
    ),
    // A term named and defined ('The term 'sale' as used in the CCPA means selling …') is a
    // definition, no sale (a blind-written sentence).
    (
        "sells-or-shares",
        "We may sell personal information for monetary consideration.",
        "The term 'sale' as used in the CCPA means selling, renting, releasing, disclosing or otherwise making available personal information for monetary or other valuable consideration.",
    ),
    // Kept for an undetermined period is indefinite (a blind-written sentence).
    (
        "retention-indefinite",
        "Deleted photos may be retained on our servers for an undetermined period.",
        "Deleted photos are removed from our servers within 30 days.",
    ),
    // An amendment of one's health information asked for is a right of correction (HIPAA's notices,
    // a blind-written sentence).
    (
        "access-deletion",
        "Patients may request an amendment of their protected health information if they believe it is incorrect or incomplete.",
        "We may amend this notice at any time.",
    ),
    // Coupons fitted to past purchases are the company's targeting (a blind-written sentence).
    (
        "targeted-ads",
        "Our digital coupons are personalised based on your past purchases at our stores.",
        "Our digital coupons can be printed at home.",
    ),
    // A web analysis service named is tracking (a blind-written sentence).
    (
        "tracking",
        "We use the web analysis service Matomo, whereby the IP address is anonymised by shortening before storage.",
        "We analyse the feedback you send us to improve our products.",
    ),
    // Sharing with third parties said with no bound, the sentence ending on them, is a sale or share
    // (four lawyers and two blind sets missed it); bounded by whom ('who help us run the site'), it
    // is not.
    (
        "sells-or-shares",
        "In the course of operating our business, we might share your personally identifiable information with third parties.",
        "We may share your personal information with third parties who help us run the site.",
    ),
    // Sharing 'as discussed below' points on, bounding it; aggregates shared name no one.
    (
        "sells-or-shares",
        "Your information may be shared with third parties.",
        "We may share information as discussed below with third parties. We may share aggregated non-personal information with third parties.",
    ),
    // The imperative's 'Do not' after which 'not' is the cue is an instruction, no promise (a blind-
    // written sentence).
    (
        "no-sale",
        "We do not share your personal information with anyone.",
        "Do not share your one-time passcode with anyone, including people claiming to be our staff.",
    ),
    // A promise not to change without notice is notice however far its 'not' (a blind-written
    // sentence, was change-without-notice).
    (
        "change-with-notice",
        "We will not change this policy in a way that reduces your rights without first notifying you.",
        "We may change this policy at any time without notice.",
    ),
    // Goods sold are no data sold (a blind-written sentence).
    (
        "sells-or-shares",
        "We sell usage data to analytics firms.",
        "Devices sold in Europe send usage data to our cloud servers located in the United States.",
    ),
    // What other countries' laws may not provide is no promise (a blind-written sentence).
    (
        "no-sale",
        "We do not provide your personal data to third parties.",
        "Personal data may be processed by our group companies located outside Brazil, in countries that may not provide the same level of data protection.",
    ),
    // The law's 'save as provided' keeps nothing (a blind-written sentence).
    (
        "retention-limited",
        "We do not store your card number.",
        "The Company shall not, save as provided in Clause 7, disclose Personal Data of Users to any third party.",
    ),
    // Data brokers' trade is others' practice (a blind-written sentence).
    (
        "sells-or-shares",
        "We sell consumer profiles to data brokers.",
        "Data brokers compile and sell consumer profiles obtained from public records and other sources.",
    ),
    // Server logs read for use of the site are tracking (three lawyers: nornar.com, chaipoint.com,
    // localgolfspots.com); a promise to keep none is not.
    (
        "tracking",
        "Like many other websites, we make use of log files to analyze trends and administer the site.",
        "We do not keep server logs of your browsing.",
    ),
    // Access kept to staff and contractors who need it is a safeguard, not service providers
    // (quick2sms.com, Google's wording).
    (
        "service-providers",
        "We use contractors to process payments on our behalf.",
        "We restrict access to personal information to employees, contractors and agents who need to know that information in order to operate our services.",
    ),
    // Security said plainly (handled securely, a secure system) and a breach told to those it
    // touches are safeguards (a lawyer's reading of five policies); the reader's own suspicion is
    // not.
    (
        "security",
        "If at any time we believe that your personal data has been compromised, we will immediately notify you.",
        "If you believe your password has been compromised, please contact us.",
    ),
    // A contact line about security names no safeguard (sma.ie).
    (
        "security",
        "We handle your information securely.",
        "If you have any queries or questions about privacy and/or security of your personal data please contact us.",
    ),
    // What cookies are said not to do is no tracking (petition.parliament.uk).
    (
        "tracking",
        "We use cookies to identify you when you return.",
        "These cookies aren't used to identify you personally.",
    ),
    // Changes announced by posting, in force immediately, or notice that is optional are changes
    // without notice (happyday.pl, petition.parliament.uk, a lawyer's probe).
    (
        "change-without-notice",
        "If material changes are made to this Privacy Policy, the changes will be announced by posting on the site.",
        "If material changes are made to this Privacy Policy, we will notify you by email.",
    ),
    // Items under 'You can:' in the imperative are rights (smackapp.com).
    (
        "access-deletion",
        "Have us delete any data we have about you.",
        "Have us call you back at a convenient time.",
    ),
    // A negation reaches over 'involving' (a blind-written sentence in non-native English).
    (
        "no-sale",
        "The Platform is not involving any selling of user data to any third parties.",
        "The Platform is involving the selling of user data to third parties.",
    ),
    // Linked sites' trade, data the reader chooses to share, and data shared with the company are no
    // sale by it (blind-written sentences).
    (
        "sells-or-shares",
        "We may share your personal information with third parties for their own marketing.",
        "We are not responsible for the privacy practices of websites we link to, some of which may sell the information they collect. If you connect third-party apps, data you choose to share with them is governed by their privacy policies. Our partners may share with us information about your purchases.",
    ),
    // Partners receiving data to send their own offers is sharing for their purposes (a blind-
    // written sentence, French e-commerce).
    (
        "sells-or-shares",
        "Commercial partners may receive your email address, subject to your prior agreement, in order to send you their own offers.",
        "You may receive our own offers by email.",
    ),
    // The exception to a deletion right is no grant of it (a regression check of Intuit's policy).
    (
        "access-deletion",
        "You may request deletion of your information.",
        "However, even if you request a deletion, we may be required to maintain your information for as long as necessary to comply with our legal needs.",
    ),
    // A lead-in whose bound comes in the next sentence is no unbounded sharing (a regression check
    // of Xero's policy).
    (
        "sells-or-shares",
        "We might share your personally identifiable information with third parties.",
        "There will be times when we need to share your personal data with third parties.",
    ),
    // Others seeing what the reader posts is no right of access (doggers.co).
    (
        "access-deletion",
        "You can access and update your profile at any time.",
        "Your profile may be viewed by other users who access it through our apps.",
    ),
    // Children's data never kept is the children's clause, not a retention period (northaware.com).
    (
        "retention-limited",
        "We do not store credit card numbers.",
        "We will never knowingly store personal identifiable information of anyone less than 13 years of age.",
    ),
    // The reader told to check the policy regularly, a choice 'whether or not', and 'opt not to'
    // (doggers.co, locallift.com); targeting 'based on your previous browsing history'
    // (petalot.com).
    (
        "opt-out",
        "You can always opt not to disclose certain information to us.",
        "We always disclose certain information to our partners.",
    ),
    // Ads targeted on past browsing are targeting (petalot.com).
    (
        "targeted-ads",
        "The ads served will be targeted based on your previous browsing history.",
        "The ads served will be clearly marked as ads.",
    ),
    // Offers and marketing fitted to what the company knows of the reader are its targeting (blind-
    // written sets: 'tailor the offers and promotions we send you', 'Our marketing emails are
    // tailored to your interests'); a way to refuse them is not.
    (
        "targeted-ads",
        "We use information about your purchases to tailor the offers and promotions we send you.",
        "If you prefer not to receive marketing which is tailored to your profile, please contact us.",
    ),
    // Disclosure to third parties 'for any lawful purpose' is unbounded sharing (a blind-written
    // sentence); for purposes consistent with the policy it is bounded.
    (
        "sells-or-shares",
        "The Company reserves the right to disclose Users' information to affiliated and unaffiliated third parties for any lawful purpose.",
        "We may share your information with our auditors for purposes consistent with this policy.",
    ),
    // Use of the site watched, said in words, is tracking (kittypets.com, minchens.com); watching
    // for fraud is not.
    (
        "tracking",
        "We use this information to monitor the use of our website.",
        "We monitor the use of our services to detect fraud.",
    ),
    // An instruction after a reason ('…, so do not send confidential information by e-mail') is no
    // promise (a blind-written sentence, Swiss bank).
    (
        "no-sale",
        "We do not send your personal information to third parties.",
        "E-mail may be read by third parties, so do not send confidential information by e-mail.",
    ),
    // Data kept in a named country is no promise not to sell (a blind-written sentence).
    (
        "no-sale",
        "We do not transfer your personal data to marketers.",
        "We do not transfer your personal data outside of Switzerland.",
    ),
    // A notice promised of the change named a sentence before ('When we do, we will post a
    // notification on the main page of our Site') is change with notice, and the change yields to it
    // (99nearby.com).
    (
        "change-with-notice",
        "99Nearby has the discretion to update this privacy policy at any time. When we do, we will post a notification on the main page of our Site.",
        "When we do, we try to keep things simple.",
    ),
    // Ad servers receiving the reader's address, said of them ('They automatically receive your IP
    // address when this occurs', a copied template), are tracking.
    (
        "tracking",
        "They automatically receive your IP address when this occurs.",
        "They automatically receive a copy of their invoice.",
    ),
    // A sentence opens at a brand spelt with an inner capital or a domain in the possessive (a
    // lawyer's probes): the promise after is its own.
    (
        "no-sale",
        "We use cookies. eBay will never sell your personal information.",
        "We use cookies. We may sell your personal information.",
    ),
    // The reader as the object of a preposition is no reader's negation: the company promises
    (
        "no-sale",
        "The information collected from you will not be sold to third parties.",
        "If you disable cookies, you will not be able to share content with third parties.",
    ),
    // The visit logged with the verb; signing in logs nothing
    (
        "tracking",
        "Our servers log your IP address and the pages you visit.",
        "Log in to your account to see the pages you visit most.",
    ),
    // Logs kept for a time are logs kept; a security audit log is no tracking
    (
        "tracking",
        "Web server logs are automatically purged after 30 days.",
        "Security audit logs are kept for 90 days.",
    ),
    // Handed over in other words to partners with interests of their own
    (
        "sells-or-shares",
        "Your profile information can be supplied to our commercial partners.",
        "Your profile information is never supplied to our commercial partners.",
    ),
    // Lists lent to chosen companies
    (
        "sells-or-shares",
        "From time to time we may make our customer list available to carefully selected companies whose products may interest you.",
        "We do not make our customer list available to other companies.",
    ),
    // Offers picked for the reader in other words
    (
        "targeted-ads",
        "Your play history is used to suggest in-game offers to you.",
        "If you have suggestions about our offers, write to us.",
    ),
    // Offers matched to habits; a way out of such offers is not the practice
    (
        "targeted-ads",
        "We use your order history to show you offers matched to your shopping habits.",
        "You can opt out of offers matched to your shopping habits in your settings.",
    ),
    // Personalised ads beside fraud prevention; what declining ads leaves is no targeting
    (
        "targeted-ads",
        "We use this information to personalize content and advertising and to prevent fraud.",
        "If you decline advertising cookies, you will still see adverts, but they will be less relevant to you.",
    ),
    // The data not made available is a promise: the verb's negation is read
    (
        "no-sale",
        "We do not make your information available to our business partners.",
        "We may make your information available to our business partners.",
    ),
    // The visit's traces gathered without cookies; an address given with a form is no tracking
    (
        "tracking",
        "We automatically collect your IP address, browser type and the pages you visit.",
        "We collect your name, email address and IP address when you register.",
    ),
    // A right that does not apply, and a count of requests, offer no choice
    (
        "opt-out",
        "You can opt out of the sale of your personal information at any time.",
        "Because we do not sell personal information, the right to opt-out does not apply.",
    ),
    // A pointer that also offers the way out
    (
        "opt-out",
        "For more information or to opt out, visit the NAI website.",
        "For more information about interest-based ads, visit the NAI website.",
    ),
    // Signing a device out deletes nothing
    (
        "access-deletion",
        "To delete your account, visit the Account page.",
        "To remove access to your account from your devices, visit the Account page and choose Sign out of all devices.",
    ),
    // A name struck from a mailing list is an unsubscription, not a deletion right
    (
        "opt-out",
        "If you wish to have your name deleted from our mailing lists, please contact us.",
        "If you wish to read our mailing list archive, please contact us.",
    ),
    // The verb said of the reader's data; a mission or a transfer's legal safeguards are no measure
    (
        "security",
        "We safeguard your personal information with encryption.",
        "We are committed to safeguarding the privacy of our website visitors.",
    ),
    // Harm to the data promised to be told; the reader's duty to tell is no promise
    (
        "security",
        "If your information is compromised, we will let you know as soon as we can.",
        "You must notify us immediately if your User ID has been compromised.",
    ),
    // A period that names no end is no limit; one bounded by its purpose is
    (
        "retention-limited",
        "We will retain your personal data for a period of time that is consistent with the original purpose of collection.",
        "Although we may retain your e-mail for a period of time, we will not use it for marketing.",
    ),
    // A right to amend said with its possessive is the right reserved
    (
        "change-without-notice",
        "Acme reserves its rights to amend the Privacy Policy.",
        "Acme reserves its rights to its trademarks and logos.",
    ),
    // A promise not to share data named by its kind
    (
        "no-sale",
        "We do not share your viewing history.",
        "We share your viewing history with the studios that license the titles.",
    ),
    // Others charged for the reader's content; the reader's own fee for a copy is none
    (
        "sells-or-shares",
        "In some cases, we may charge for access to your content and public information.",
        "We may charge a reasonable fee for access to your personal information at your request.",
    ),
    // What 'although' concedes is said on its own account: the limit and the backups' indefinite
    // copies both show
    (
        "retention-limited",
        "Personal data will be deleted once it is no longer needed, although copies may remain in our backups indefinitely.",
        "Personal data may remain in our backups indefinitely.",
    ),
    // Data kept behind a password
    (
        "security",
        "The files are kept on a password-protected computer.",
        "Members can post recipes in the password-protected area of the forum.",
    ),
    // A parent's rights over a child's data
    (
        "access-deletion",
        "Parents can ask us to delete any information your child has provided.",
        "Parents can ask us questions about any information your child has seen.",
    ),
    // A field or a law named in passing is no safeguard
    (
        "security",
        "We use industry-standard information security controls to protect your data.",
        "PII, as used in US privacy law and information security, is information that can be used on its own to identify a person.",
    ),
    // A notice the law asks to be given discloses nothing
    (
        "legal-disclosure",
        "We may disclose your information as required by law.",
        "As required by law, we provide this notice.",
    ),
    // Deletion said to be final is no retention period
    (
        "retention-limited",
        "Once we no longer need your data, we delete it within 30 days.",
        "Once we delete a video, we may not be able to recover it.",
    ),
    // A server logging every request
    (
        "tracking",
        "Our server logs all requests.",
        "Our server handles all requests.",
    ),
    // A sale denied with an aside before the business it is not part of
    (
        "no-sale",
        "Selling personal data is not, and has never been, part of our business model.",
        "Selling personal data has always been part of our business model.",
    ),
    // The money made otherwise
    (
        "no-sale",
        "You pay for a subscription, and that is how we make money, not by selling your information to advertisers.",
        "We make money by selling your information to advertisers.",
    ),
    // The company itself not sold is no promise about data
    (
        "no-sale",
        "We will never sell your personal data to anyone.",
        "Although we have no intention of selling the company, your data would go to a new owner.",
    ),
    // A setting over whether or which is a choice
    (
        "opt-out",
        "You can control whether your profile is indexed by search engines.",
        "We control whether a listing is indexed by search engines.",
    ),
    // Data sent to authorities, and a public agency's demand
    (
        "legal-disclosure",
        "We send your information to public authorities on request.",
        "We send you a receipt when you pay.",
    ),
    // Content that stays after the account is deleted
    (
        "retention-indefinite",
        "Your posts may continue to appear after you delete your account.",
        "Your posts will no longer appear after you delete your account.",
    ),
    // The company's own business purposes helped are no vendor
    (
        "service-providers",
        "We share your information with vendors who help us operate the site.",
        "We use this information for business purposes and to help us improve.",
    ),
    // A choice's scope is still the choice; only the right said not to apply is none
    (
        "opt-out",
        "This opt out does not apply to operational communication.",
        "Because we do not sell personal information, the right to opt-out does not apply.",
    ),
    // A record of messages is no visit logged
    (
        "tracking",
        "We log the date and time of each visit to our site.",
        "We log the date and time of each payment.",
    ),
    // Sold to those named after it, whatever stands before; goods sold are none
    (
        "sells-or-shares",
        "Loyalty data collected through the card, including the stores you visit, may be sold or licensed to carefully selected partner brands.",
        "Loyalty cards, including the items you purchase with them, are sold to you at our stores.",
    ),
    // Recipients whose products may interest the reader, or who tell of their own
    (
        "sells-or-shares",
        "Contact details may be provided to third-party organisations whose products or services we believe may interest you.",
        "Contact details may be provided to third-party organisations who deliver our products to you.",
    ),
    // Bundles and discounts fitted to the reader
    (
        "targeted-ads",
        "Your purchase history helps us personalise the special bundles and discounts offered to you.",
        "You can buy special bundles and discounts in the shop.",
    ),
    // What is advertised decided from what the reader viewed
    (
        "targeted-ads",
        "The products you have viewed help determine which insurance products are advertised to you.",
        "The products you have viewed help determine which features we build next.",
    ),
    // More countries named as places, and the clauses' other name
    (
        "international-transfer",
        "Your data may be transferred to the British Virgin Islands.",
        "Our founders grew up in the British Virgin Islands.",
    ),
    // A switch the reader turns off
    (
        "opt-out",
        "You can turn off location sharing at any time.",
        "Please do not turn off your computer during the update.",
    ),
    // Sharing with other companies said with no bound
    (
        "sells-or-shares",
        "We may share your information with other companies.",
        "We may share your information with other companies for fraud prevention.",
    ),
    // Marketing made relevant to the reader
    (
        "targeted-ads",
        "We use your personal information to provide relevant marketing communications.",
        "You can read our marketing blog for relevant news.",
    ),
    // Access kept narrow in other words
    (
        "security",
        "We enforce a need to know policy for access to any data or systems.",
        "You need to know your password to access the system.",
    ),
    // A wish that the company stop using the data
    (
        "opt-out",
        "If you no longer want us to use your data, contact us.",
        "If you no longer want to use our app, you can uninstall it.",
    ),
    // The policy the reader is told to reread is no right over data
    (
        "access-deletion",
        "You may review and update your information at any time.",
        "We may modify this policy at any time, and it is your responsibility to review it regularly.",
    ),
    // Kept for as long as the company finds it useful is no limit
    (
        "retention-indefinite",
        "Conversations may be retained for as long as we deem them useful.",
        "Conversations are retained for as long as your account is open.",
    ),
    // Texts stopped by a word
    (
        "opt-out",
        "Prefer not to hear from us? Reply STOP to any text message.",
        "Stop by our store to pick up your order.",
    ),
    // Addresses gathered to count and measure the visitors
    (
        "tracking",
        "Your device identifier and IP address are collected to count unique installs.",
        "Your IP address is collected when you register, with your name and email.",
    ),
    // A negation put first, far from its verb
    (
        "no-sale",
        "Under no circumstances will information that identifies you personally be sold to unaffiliated third parties.",
        "Under no circumstances do we collect personal data revealing trade union membership or political opinions.",
    ),
    // A quoted term defined after a qualifier states no practice
    (
        "sells-or-shares",
        "We may sell your personal information to third parties for valuable consideration.",
        "“Sell” under the CCPA means selling or transferring personal information to a third party for monetary or other valuable consideration.",
    ),
    // Sellers and developers who use the data under their own terms
    (
        "sells-or-shares",
        "Your order details are provided to that seller, who may use this information in accordance with its own privacy practices.",
        "Your order details are provided to that seller so that it can ship your order.",
    ),
    // Notice in translations' words
    (
        "change-with-notice",
        "We will inform registered users about significant changes to this data protection declaration by e-mail before they come into force.",
        "We inform registered users about new features by e-mail.",
    ),
    // Changes published without a separate notification
    (
        "change-without-notice",
        "Amendments come into effect upon their publication on this page, without any separate notification.",
        "Amendments come into effect after we notify you by email.",
    ),
    // A processor bound by the company's instructions
    (
        "service-providers",
        "The newsletter is dispatched by means of CleverReach, a processor bound by our instructions.",
        "The newsletter is written by our editorial team.",
    ),
    // Recipients set apart from the vendors share for their own ends
    (
        "sells-or-shares",
        "There are situations when we share your information with third parties beyond our service providers.",
        "We do not share your information with anyone other than our service providers.",
    ),
    // Permission asked first is an opt-in
    (
        "opt-out",
        "We ask your permission before syncing your contacts.",
        "We ask your name before the call begins.",
    ),
    // Third-party ads fitted to the reader
    (
        "advertising",
        "We may personalize third-party advertising you see on other websites.",
        "We do not personalize third-party advertising.",
    ),
];

#[test]
fn each_kind_positive_negated_and_look_alike() {
    let mut failures = Vec::new();
    for (kind, shows, not) in CASES {
        let got = kinds(shows);
        if !got.contains(*kind) {
            failures.push(format!("{kind} missed in {shows:?} (got {got:?})"));
        }
        let got = kinds(not);
        if got.contains(*kind) {
            failures.push(format!("{kind} wrongly found in {not:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_promise_not_to_sell_is_never_a_sale() {
    for sentence in [
        "We will not sell or share any information about you to any other party.",
        "We do not sell, rent or trade your personal information.",
        "Your e-mail address is never shared with third parties without your express consent.",
        "We will not, under any circumstances, sell your data.",
        "We do not and will not sell personal information to third parties.",
        "We will not, without your express consent, provide your personal information to any third parties for the purpose of direct marketing.",
        "We collect your email address only if you choose to give it, nor will such information be sold to unaffiliated third parties.",
    ] {
        let got = kinds(sentence);
        assert!(got.contains("no-sale"), "{sentence}: {got:?}");
        assert!(!got.contains("sells-or-shares"), "{sentence}: {got:?}");
    }
}

#[test]
fn seed_policies_show_the_expected_clauses() {
    let corpus = policytui::corpus::load_dir(Path::new("data")).unwrap();
    let of = |company: &str| -> BTreeSet<String> {
        let p = corpus
            .policies
            .iter()
            .find(|p| p.company == company)
            .unwrap_or_else(|| panic!("no {company}"));
        kinds(&p.text)
    };
    let legs = of("Legs Japan");
    let talk = of("Japan Talk");
    let parts = of("Japan Auto Parts.com");
    let from = of("FROM JAPAN");
    let agreement = of("Personal Information Handling Agreement");
    let has = |set: &BTreeSet<String>, prefix: &str| set.iter().any(|k| k.starts_with(prefix));
    assert!(legs.contains("no-sale"));
    assert!(talk.contains("no-sale"));
    assert!(parts.contains("merger-transfer"));
    assert!(from.contains("merger-transfer"));
    for set in [&parts, &from, &talk, &agreement] {
        assert!(set.contains("legal-disclosure"), "{set:?}");
    }
    assert!(talk.contains("tracking") && talk.contains("advertising"));
    assert!(has(&parts, "retention-"));
    for set in [&talk, &from, &agreement] {
        assert!(has(set, "change-"), "{set:?}");
    }
    // No sale detected on any sentence that promises not to sell.
    for p in &corpus.policies {
        for m in Detector::builtin().detect(&p.text) {
            if m.kind == "sells-or-shares" {
                let sentence = &p.text[m.span()];
                assert!(!kinds(sentence).contains("no-sale"), "{sentence}");
            }
        }
    }
}

/// F1 per kind on OPP-115, as measured when the rules were last changed, minus a margin.
/// A change to the catalogue that lowers any of these is a regression to look at.
const FLOORS: &[(&str, f64)] = &[
    ("merger-transfer", 0.87),
    ("no-sale", 0.74),
    ("legal-disclosure", 0.73),
    ("advertising", 0.72),
    ("retention-*", 0.73),
    ("security", 0.73),
    ("access-deletion", 0.72),
    ("opt-out", 0.64),
    ("change-*", 0.84),
    ("do-not-track", 0.94),
    ("children", 0.86),
];

#[test]
fn opp115_evaluation() {
    let Some(root) = common::shared_corpus() else {
        return;
    };
    let file = std::fs::File::open(root.join("opp115/segments.jsonl")).unwrap();
    let eval =
        policytui::clauses::evaluate::evaluate(std::io::BufReader::new(file), Detector::builtin())
            .unwrap();
    assert_eq!(eval.segments, 2531);
    eprintln!("{:<18} {:>6} {:>6} {:>6}", "kind", "P", "R", "F1");
    for r in &eval.rows {
        eprintln!(
            "{:<18} {:>6.3} {:>6.3} {:>6.3}",
            r.kind,
            r.all.precision(),
            r.all.recall(),
            r.all.f1()
        );
    }
    for (kind, floor) in FLOORS {
        let row = eval.rows.iter().find(|r| r.kind == *kind).unwrap();
        assert!(
            row.all.f1() >= *floor,
            "{kind}: F1 {:.3} fell below {floor}",
            row.all.f1()
        );
    }
}

/// Per kind: how many of the labelled sentences that show it were found, and how many of its
/// look-alikes fired, when the rules were last changed (see [`labelled_sentences_keep_their_kinds`]).
#[rustfmt::skip]
const SENTENCE_COUNTS: &[(&str, usize, usize)] = &[
    ("access-deletion", 211, 3),
    ("advertising", 157, 4),
    ("targeted-ads", 98, 0),
    ("change-with-notice", 156, 0),
    ("change-without-notice", 172, 0),
    ("children", 225, 8),
    ("consent-by-use", 203, 1),
    ("do-not-track", 177, 2),
    ("international-transfer", 204, 1),
    ("legal-disclosure", 227, 4),
    ("merger-transfer", 191, 4),
    ("no-sale", 287, 6),
    ("opt-out", 272, 4),
    ("retention-indefinite", 176, 2),
    ("retention-limited", 233, 4),
    ("security", 193, 1),
    ("sells-or-shares", 218, 6),
    ("service-providers", 212, 3),
    ("tracking", 262, 14),
    ("retention-*", 0, 2),
    ("*", 0, 73),
];

/// How far a kind may fall from [`SENTENCE_COUNTS`] before the change is a regression: a few
/// sentences either way are the price of a rule made more general, not more.
const SENTENCE_SLACK: usize = 3;

/// 6,010 rows of sentences written as policies word them, each labelled with a kind it shows
/// ("pos") or must not show ("neg"): probes of the rules' edges written by reviewers who saw the
/// detector ("probe"), two sets written blind, without running it ("blind-1", "blind-2", 990
/// each), and eleven more of 160–240 sentences labelled with every kind they show, a sentence
/// that shows none labelled "*" (no kind) ("blind-3" to "blind-7", 2026-12-07; "blind-8" to
/// "blind-13", 2026-12-08).
/// They are no gold standard (some labels read the kinds more widely than the catalogue does),
/// but they are policies' wording the rules were not written from: a change that loses many of
/// them, or fires on many more look-alikes, has made the rules narrower or looser than it meant.
#[test]
fn labelled_sentences_keep_their_kinds() {
    #[derive(serde::Deserialize)]
    struct Labelled {
        text: String,
        kind: String,
        pol: String,
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/labelled_sentences.jsonl");
    let source = std::fs::read_to_string(&path).unwrap();
    // kind -> (found, shows it, fired, look-alikes)
    let mut counts: std::collections::BTreeMap<String, [usize; 4]> = Default::default();
    for line in source.lines() {
        let l: Labelled = serde_json::from_str(line).unwrap();
        let found = kinds(&l.text);
        // "retention-*" is either retention kind, "*" any kind.
        let fired = match l.kind.strip_suffix('*') {
            Some(prefix) => found.iter().any(|k| k.starts_with(prefix)),
            None => found.contains(&l.kind),
        };
        let c = counts.entry(l.kind).or_default();
        match l.pol.as_str() {
            "pos" => {
                c[0] += usize::from(fired);
                c[1] += 1;
            }
            "neg" => {
                c[2] += usize::from(fired);
                c[3] += 1;
            }
            other => panic!("unknown label {other:?}"),
        }
    }
    let mut report = String::new();
    for (kind, c) in &counts {
        report += &format!(
            "{kind:<24} found {:>3}/{:<3} fired {:>2}/{}\n",
            c[0], c[1], c[2], c[3]
        );
    }
    eprint!("{report}");
    assert_eq!(counts.len(), SENTENCE_COUNTS.len(), "{report}");
    for (kind, found, fired) in SENTENCE_COUNTS {
        let c = counts[*kind];
        assert!(
            c[0] + SENTENCE_SLACK >= *found && c[2] <= fired + SENTENCE_SLACK,
            "{kind}: found {} (was {found}), look-alikes fired {} (was {fired})\n{report}",
            c[0],
            c[2]
        );
    }
}

/// A change only posted is change without notice alone, and change with notice where the
/// policy promises an email about the changes that matter: the "without" yields to the
/// promise, and the "with" it hid in its sentence shows again.
#[test]
fn posting_is_notice_only_beside_a_promise_of_notice() {
    let posted = "We may change this policy from time to time by updating this page.";
    let of = |text: &str| -> Vec<String> {
        Detector::builtin()
            .detect(text)
            .into_iter()
            .filter(|m| m.start == 0)
            .map(|m| m.kind)
            .collect()
    };
    assert_eq!(of(posted), ["change-without-notice"]);
    let with_email = format!(
        "{posted} If we make material changes, we will notify you by email before they take effect."
    );
    assert_eq!(of(&with_email), ["change-with-notice"]);
}

/// "May be amended from time to time" yields to notice promised in the next sentence, when
/// the notice is given before the change: "You will be notified before we make changes … before
/// you choose to continue using the Platform" is notice, not acceptance by continued use
/// (found by a lawyer's reading of Issuu's policy).
#[test]
fn notice_before_a_change_is_notice() {
    let amended = "12.1 This Privacy Policy may be amended from time to time.";
    let all = |text: &str| -> Vec<String> {
        Detector::builtin()
            .detect(text)
            .into_iter()
            .map(|m| m.kind)
            .collect()
    };
    assert_eq!(all(amended), ["change-without-notice"]);
    let notice = format!(
        "{amended} You will be notified before we make changes to this policy with a fair notice and you will be given the opportunity to review this revised policy before you choose to continue using the Platform."
    );
    assert_eq!(all(&notice), ["change-with-notice"]);
    // Notice refused stays no notice.
    assert_eq!(
        all("We may change this policy at any time without prior notice."),
        ["change-without-notice"]
    );
}
