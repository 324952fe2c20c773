// Recorded from a public repository's studio data module (Berserk Tattoos, Heidelberg Heights VIC; search index
// file id 430329709): the studio's contact details and its three artists with their social links, as published.
export type SocialLink = { label: string; url: string };

export type StudioInfo = {
  name: string;
  email: string;
  phone: string;
  address: string;
  bookingUrl: string;
  hours: Array<{ day: string; time: string }>;
  socials: SocialLink[];
  artists: Array<{ name: string; socials: SocialLink[] }>;
};

export const studio: StudioInfo = {
  name: "Berserk Tattoos",
  address: "33 Southern Road, Heidelberg Heights, Victoria 3081",
  phone: "+61 478 128 212",
  email: "berserk.tattoos.au@gmail.com",
  bookingUrl: "https://book.heygoldie.com/Berserk-Tattoos",
  hours: [
    { day: "Monday", time: "12–7 pm" },
    { day: "Tuesday", time: "12–5 pm" },
    { day: "Wednesday", time: "12–7 pm" },
    { day: "Thursday", time: "12–7 pm" },
    { day: "Friday", time: "12–7 pm" },
    { day: "Saturday", time: "12–7 pm" },
    { day: "Sunday", time: "12–7 pm" },
  ],
  socials: [
    { label: "Instagram", url: "https://www.instagram.com/berserk_tattoos/" },
    { label: "Facebook", url: "https://www.facebook.com/BerserkTattoo/" },
  ],
  artists: [
    {
      name: "Amelia Kelso",
      socials: [
        { label: "Instagram", url: "https://www.instagram.com/amzkelso/" },
        { label: "Threads", url: "https://www.threads.net/@amzkelso" },
      ],
    },
    {
      name: "Ben White Raven",
      socials: [
        { label: "Instagram", url: "https://www.instagram.com/ben_whiteraven" },
        { label: "Threads", url: "https://www.threads.net/@ben_whiteraven" },
      ],
    },
    {
      name: "Monique Moore",
      socials: [
        { label: "Instagram", url: "https://www.instagram.com/moniquemoore666/" },
        { label: "TikTok", url: "https://www.tiktok.com/@monique.moore666" },
      ],
    },
  ],
};
